package cn.egov.approval.audit;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	/**
	 * Just after Spring Security's chain starts, so that the caller is known and every
	 * answer of the platform's own filters and controllers is seen.
	 */
	@Bean
	FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditTrail trail) {
		FilterRegistrationBean<AuditRequestFilter> registration = new FilterRegistrationBean<>(
				new AuditRequestFilter(trail));
		registration.addUrlPatterns("/api/*", "/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
