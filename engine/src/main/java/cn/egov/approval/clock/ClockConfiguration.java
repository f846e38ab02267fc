package cn.egov.approval.clock;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulationProperties.class)
class ClockConfiguration {

	@Bean
	Clock platformClock() {
		return new PlatformClock();
	}

}
