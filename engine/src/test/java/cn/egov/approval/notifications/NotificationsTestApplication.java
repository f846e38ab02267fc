package cn.egov.approval.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The slice that {@code @MybatisTest}s of this package start: the outbox mapper on a
 * private H2 with the platform's migrations, and a clock standing at 2026-10-12 10:00 in
 * Shanghai (tests give dispatchers later clocks of their own).
 */
@SpringBootConfiguration
@MapperScan(basePackageClasses = NotificationOutboxMapper.class, annotationClass = Mapper.class)
class NotificationsTestApplication {

	static final Clock NOW = Clock.fixed(Instant.parse("2026-10-12T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Bean
	Clock clock() {
		return NOW;
	}

	@Bean
	ObjectMapper objectMapper() {
		return new ObjectMapper();
	}

}
