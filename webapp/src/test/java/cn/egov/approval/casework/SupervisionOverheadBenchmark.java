package cn.egov.approval.casework;

import java.util.UUID;

import cn.egov.approval.ApprovalPlatformApplication;
import cn.egov.approval.InMemoryDatabase;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 5, acceptance 8: what e-supervision costs a licensing case. The same cases run,
 * in turns, through this test's platform (supervision observing the licensing processes,
 * as shipped) and through a second context of the same platform in the same JVM whose
 * supervision observes no process ({@code platform.supervision.processes=none}): its own
 * in-memory database and engine name, everything else equal. A benchmark, not a timed
 * test: switched on by {@code -Dplatform.benchmark=true}, it prints figures and asserts
 * only that every case closed.
 */
@PlatformTest
@Import(StatementCounter.class)
@TestPropertySource(properties = "logging.level.cn.egov.approval.notifications=warn")
@EnabledIfSystemProperty(named = "platform.benchmark", matches = "true")
class SupervisionOverheadBenchmark {

	@Autowired
	ApplicationContext context;

	@Test
	void shouldPrintCasesPerSecondWithSupervisionOnAndOff() throws Exception {
		try (ConfigurableApplicationContext off = new SpringApplicationBuilder(ApprovalPlatformApplication.class,
				StatementCounter.class)
			.run("--server.port=0",
					"--spring.datasource.url=" + InMemoryDatabase.url("supervision-off-" + UUID.randomUUID()),
					"--camunda.bpm.process-engine-name=supervisionOff", "--platform.supervision.processes=none",
					"--platform.casework.storage-dir=target/test-materials",
					"--logging.level.cn.egov.approval.notifications=warn")) {
			new LicensingBenchmarkDriver(LicensingBenchmarkDriver.Platform.of(this.context))
				.compareSupervision(LicensingBenchmarkDriver.Platform.of(off));
		}
	}

}
