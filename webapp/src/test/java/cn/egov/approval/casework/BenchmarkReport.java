package cn.egov.approval.casework;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.Map;

/** Prints the throughput benchmark's figures, one "[benchmark]" line each. */
final class BenchmarkReport {

	/** Issue 4: the platform keeps at least this share of the bare engine's cases/s. */
	static final double TARGET_RATIO = 0.8;

	/** Issue 5: supervision may cost at most 15 % of the cases per second. */
	static final double SUPERVISION_TARGET_RATIO = 0.85;

	private static final String ROW = "[benchmark] %-34s %8s %12s %12s %12s %15s %13s %13s %9s %13s%n";

	private BenchmarkReport() {
	}

	static void cases(String database, LicensingBenchmarkDriver.Settings settings, CaseRun platform, CaseRun bare) {
		System.out.printf(
				"[benchmark] licensing cases start to close on %s: %d cases on %d threads each side in %d turns, after"
						+ " %d warm-up cases; %d processors, load average %.1f%n",
				database, platform.cases(), settings.threads(), settings.turns(), settings.warmUp(),
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(ROW, "", "cases/s", "task p50 ms", "task p95 ms", "find p50 ms", "ms/case/thread",
				"CPU ms/case", "JIT ms/case", "SQL/case", "commits/case");
		row("platform (services and listeners)", platform);
		row("bare Camunda (same BPMN)", bare);
		double ratio = platform.casesPerSecond() / bare.casesPerSecond();
		System.out.printf(
				"[benchmark] ratio platform/bare: %.2f of the cases/s (target >= %.1f: %s); task completion p50 %.1fx,"
						+ " p95 %.1fx the bare engine's%n",
				ratio, TARGET_RATIO, (ratio >= TARGET_RATIO) ? "met" : "NOT met",
				platform.completionMillis(0.5) / bare.completionMillis(0.5),
				platform.completionMillis(0.95) / bare.completionMillis(0.95));
		// With every processor busy, cases/s is the processors over the CPU time per
		// case,
		// so this ratio is what the cases/s ratio becomes on a machine nobody else uses.
		System.out.printf("[benchmark] by the JVM's CPU time per case: bare %.1f ms / platform %.1f ms" + " = %.2f%n",
				bare.cpuMillisPerCase(), platform.cpuMillisPerCase(),
				bare.cpuMillisPerCase() / platform.cpuMillisPerCase());
	}

	/**
	 * Issue 5, acceptance 8: the platform with supervision on against the same with it
	 * off.
	 */
	static void supervision(LicensingBenchmarkDriver.Settings settings, CaseRun on, CaseRun off) {
		System.out.printf(
				"[benchmark] supervision on vs off, licensing cases start to close on H2: %d cases on %d threads each side"
						+ " in %d turns, after %d warm-up cases; %d processors, load average %.1f%n",
				on.cases(), settings.threads(), settings.turns(), settings.warmUp(),
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(ROW, "", "cases/s", "task p50 ms", "task p95 ms", "find p50 ms", "ms/case/thread",
				"CPU ms/case", "JIT ms/case", "SQL/case", "commits/case");
		row("platform, supervision on", on);
		row("platform, supervision off", off);
		double ratio = on.casesPerSecond() / off.casesPerSecond();
		System.out.printf("[benchmark] ratio supervision on/off: %.2f of the cases/s (target >= %.2f: %s)%n", ratio,
				SUPERVISION_TARGET_RATIO, (ratio >= SUPERVISION_TARGET_RATIO) ? "met" : "NOT met");
	}

	/** The statements supervision adds: per case, on minus off, the largest first. */
	static void addedStatements(CaseRun on, CaseRun off, int lines) {
		Map<String, Long> offSql = off.sql().bySql();
		System.out.printf("[benchmark] SQL per case that supervision adds (on, off):%n");
		on.sql()
			.bySql()
			.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(),
					(double) entry.getValue() / on.cases()
							- (double) offSql.getOrDefault(entry.getKey(), 0L) / off.cases()))
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(lines)
			.forEach((entry) -> System.out.printf("[benchmark] %+7.1f  %s%n", entry.getValue(), entry.getKey()));
	}

	/**
	 * The platform's most frequent statements per case, beside the bare engine's count.
	 */
	static void statements(CaseRun platform, CaseRun bare, int lines) {
		if (lines <= 0) {
			return;
		}
		System.out.printf("[benchmark] most frequent SQL per case, platform vs bare engine (-Dplatform.benchmark"
				+ ".sql-lines=%d):%n", lines);
		Map<String, Long> bareSql = bare.sql().bySql();
		platform.sql()
			.bySql()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(lines)
			.forEach((entry) -> System.out.printf("[benchmark] %7.1f %7.1f  %s%n",
					(double) entry.getValue() / platform.cases(),
					(double) bareSql.getOrDefault(entry.getKey(), 0L) / bare.cases(), entry.getKey()));
	}

	/**
	 * What the platform does per case that the bare engine does not, in round figures.
	 */
	static void timeSpent(CaseRun platform, CaseRun bare, int noticesPerCase, double noticeMillis) {
		double perCase = platform.cpuMillisPerCase();
		System.out.printf(
				"[benchmark] CPU time per case: the platform %.1f ms, the bare engine %.1f ms; of the platform's,"
						+ " %d notices x %.1f ms = %.0f%%; %.0f more SQL statements and %.0f more commits than bare%n",
				perCase, bare.cpuMillisPerCase(), noticesPerCase, noticeMillis,
				100 * noticesPerCase * noticeMillis / perCase, platform.statementsPerCase() - bare.statementsPerCase(),
				platform.commitsPerCase() - bare.commitsPerCase());
	}

	private static void row(String label, CaseRun run) {
		System.out.printf(ROW, label, format(run.casesPerSecond()), format(run.completionMillis(0.5)),
				format(run.completionMillis(0.95)), format(run.lookupMillis(0.5)), format(run.millisPerCase()),
				format(run.cpuMillisPerCase()), format(run.jitMillisPerCase()), format(run.statementsPerCase()),
				format(run.commitsPerCase()));
	}

	private static String format(double value) {
		return String.format("%.1f", value);
	}

}
