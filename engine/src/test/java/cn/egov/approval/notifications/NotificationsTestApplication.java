package cn.egov.approval.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The slice that {@code @MybatisTest}s of this package start: the outbox mapper on a
 * private H2 with the platform's migrations, and a clock the tests move by hand.
 */
@SpringBootConfiguration
@MapperScan(basePackageClasses = NotificationOutboxMapper.class, annotationClass = Mapper.class)
class NotificationsTestApplication {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	@Bean
	ObjectMapper objectMapper() {
		return new ObjectMapper();
	}

	/** Starts at 2026-10-12 10:00 in Shanghai. */
	static final class TestClock extends Clock {

		private volatile Instant now = Instant.parse("2026-10-12T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
