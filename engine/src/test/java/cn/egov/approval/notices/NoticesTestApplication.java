package cn.egov.approval.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import cn.egov.approval.organisation.OrganisationMapper;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The slice that {@code @MybatisTest}s of this package start: the notices' and the
 * organisation's mappers on a private H2 with the platform's migrations, and a fixed
 * clock (2026-10-12 10:00 in Shanghai).
 */
@SpringBootConfiguration
@MapperScan(basePackageClasses = { NoticeMapper.class, OrganisationMapper.class }, annotationClass = Mapper.class)
class NoticesTestApplication {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	/** Starts at 2026-10-12 10:00 in Shanghai; tests move it by hand. */
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
