package cn.egov.approval.casework;

import java.util.stream.LongStream;

/**
 * One measured run of licensing cases.
 *
 * @param cases cases driven start to close
 * @param threads threads driving them
 * @param nanos wall time
 * @param completionNanos every task completion's duration, sorted
 * @param lookupNanos how long finding each task took (the platform's to-do list, the bare
 * engine's task query), sorted
 * @param sql statements and commits of the whole run
 * @param cpuNanos the CPU time of the whole JVM during the run (the driving threads, the
 * platform's own background threads, garbage collection and compilation)
 * @param jitMillis the time the JVM's compiler threads spent compiling during the run
 * (elapsed, summed over those threads, so on a loaded machine more than their CPU time):
 * near zero once the JVM has warmed up
 */
record CaseRun(int cases, int threads, long nanos, long[] completionNanos, long[] lookupNanos,
		StatementCounter.Count sql, long cpuNanos, long jitMillis) {

	/** Two runs as one: their cases, times, durations and statements added up. */
	static CaseRun plus(CaseRun first, CaseRun second) {
		if (first == null) {
			return second;
		}
		return new CaseRun(first.cases + second.cases, first.threads, first.nanos + second.nanos,
				merged(first.completionNanos, second.completionNanos), merged(first.lookupNanos, second.lookupNanos),
				first.sql.plus(second.sql), first.cpuNanos + second.cpuNanos, first.jitMillis + second.jitMillis);
	}

	private static long[] merged(long[] first, long[] second) {
		return LongStream.concat(LongStream.of(first), LongStream.of(second)).sorted().toArray();
	}

	double casesPerSecond() {
		return this.cases / (this.nanos / 1e9);
	}

	double completionMillis(double quantile) {
		return Latencies.millis(this.completionNanos, quantile);
	}

	double lookupMillis(double quantile) {
		return Latencies.millis(this.lookupNanos, quantile);
	}

	/** One thread's time per case, application to closure. */
	double millisPerCase() {
		return this.nanos / 1e6 * this.threads / this.cases;
	}

	/**
	 * The JVM's CPU time per case: what the cases cost, where cases/s also shows how much
	 * of the processors the run got.
	 */
	double cpuMillisPerCase() {
		return this.cpuNanos / 1e6 / this.cases;
	}

	/** The JIT compiler's time per case: what of the CPU time is still warming up. */
	double jitMillisPerCase() {
		return (double) this.jitMillis / this.cases;
	}

	double statementsPerCase() {
		return (double) this.sql.statements() / this.cases;
	}

	double commitsPerCase() {
		return (double) this.sql.commits() / this.cases;
	}

	/** What the driving threads time: how each task is found, how it is completed. */
	record Timings(Latencies lookups, Latencies completions) {

		void add(long lookupNanos, long completionNanos) {
			this.lookups.add(lookupNanos);
			this.completions.add(completionNanos);
		}

	}

}
