package cn.egov.approval.casework;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
class CaseworkConfiguration {

}
