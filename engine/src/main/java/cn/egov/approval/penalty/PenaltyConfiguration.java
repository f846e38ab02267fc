package cn.egov.approval.penalty;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PenaltyProperties.class)
class PenaltyConfiguration {

}
