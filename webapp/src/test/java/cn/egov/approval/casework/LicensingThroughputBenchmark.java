package cn.egov.approval.casework;

import cn.egov.approval.InMemoryDatabase;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 4, acceptance 6, on H2: licensing cases per second through the platform against
 * the same BPMN on a bare engine (its own in-memory H2) in the same run, and notices per
 * second ({@link LicensingBenchmarkDriver}). A benchmark, not a timed test: switched on
 * by {@code -Dplatform.benchmark=true}, it prints figures and asserts only that every
 * case closed. Its context is its own (the statement counter wraps the data source), so
 * the cases never reach other tests; the SMS stand-in is quiet so that the console does
 * not time the run.
 */
@PlatformTest
@Import(StatementCounter.class)
@TestPropertySource(properties = "logging.level.cn.egov.approval.notifications=warn")
@EnabledIfSystemProperty(named = "platform.benchmark", matches = "true")
class LicensingThroughputBenchmark {

	@Autowired
	ApplicationContext context;

	@Test
	void shouldPrintCasesPerSecondAgainstABareEngineAndNoticesPerSecond() throws Exception {
		StatementCounter bareStatements = new StatementCounter();
		try (BareLicensingEngine bare = new BareLicensingEngine(InMemoryDatabase.url("licensing-bare"), "sa", "",
				bareStatements)) {
			new LicensingBenchmarkDriver(LicensingBenchmarkDriver.Platform.of(this.context)).run("H2 (in memory)", bare,
					bareStatements);
		}
	}

}
