package cn.egov.approval.satisfaction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SatisfactionProperties.class)
class SatisfactionConfiguration {

}
