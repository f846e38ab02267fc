package cn.egov.approval.bench;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DeadlineBenchmark} and prints, besides JMH's table, the two throughputs and
 * their ratio. An argument replaces the benchmark name pattern; {@code -h} gives JMH's
 * own command line ({@code org.openjdk.jmh.Main}).
 */
public final class DeadlineBenchmarkMain {

	private static final double TARGET = 1_000_000;

	private DeadlineBenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException, java.io.IOException {
		if (args.length > 0 && args[0].startsWith("-")) {
			org.openjdk.jmh.Main.main(args);
			return;
		}
		String pattern = (args.length > 0) ? args[0] : DeadlineBenchmark.class.getSimpleName();
		Options options = new OptionsBuilder().include(pattern).build();
		Collection<RunResult> results = new Runner(options).run();
		double indexed = score(results, "indexedCalendar");
		double naive = score(results, "naiveDayByDay");
		System.out.printf(Locale.ROOT, "%nDeadline computations per second, one thread:%n");
		System.out.printf(Locale.ROOT, "  indexed calendar  %,15.0f ops/s%n", indexed);
		System.out.printf(Locale.ROOT, "  naive day by day  %,15.0f ops/s%n", naive);
		System.out.printf(Locale.ROOT, "  ratio             %15.1f x%n", indexed / naive);
		System.out.printf(Locale.ROOT, "  target 1,000,000 ops/s per core: %s%n",
				(indexed >= TARGET) ? "met" : "NOT met");
	}

	private static double score(Collection<RunResult> results, String benchmark) {
		return results.stream()
			.filter((result) -> result.getParams().getBenchmark().endsWith("." + benchmark))
			.mapToDouble((result) -> result.getPrimaryResult().getScore())
			.findFirst()
			.orElse(Double.NaN);
	}

}
