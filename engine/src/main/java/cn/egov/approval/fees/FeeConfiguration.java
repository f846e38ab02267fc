package cn.egov.approval.fees;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EPaymentProperties.class)
class FeeConfiguration {

}
