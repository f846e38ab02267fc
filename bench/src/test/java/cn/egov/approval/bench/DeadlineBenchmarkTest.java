package cn.egov.approval.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a benchmark: checks that the two contenders compute the same deadlines on every
 * case the benchmark times, so that the ratio compares like with like.
 */
class DeadlineBenchmarkTest {

	@Test
	void shouldComputeTheSameDeadlinesBothWays() {
		DeadlineBenchmark benchmark = new DeadlineBenchmark();
		benchmark.prepare();

		for (int i = 0; i < DeadlineBenchmark.CASES; i++) {
			assertThat(benchmark.indexed.nthWorkingDayAfter(benchmark.from[i], benchmark.workingDays[i]).date())
				.isEqualTo(benchmark.naive.nthWorkingDayAfter(benchmark.from[i], benchmark.workingDays[i]));
		}
	}

}
