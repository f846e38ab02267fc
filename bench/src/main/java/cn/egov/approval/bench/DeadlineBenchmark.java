package cn.egov.approval.bench;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import cn.egov.approval.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline computations per second on one thread (so per core): "the N-th working day
 * after D" for trigger dates spread over 2025–2026 and the limits items really have (1–45
 * working days), with our prefix-count calendar and with a day-by-day walk, in the same
 * run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class DeadlineBenchmark {

	/** A power of two, so that picking the next case is a mask. */
	static final int CASES = 4096;

	final LocalDate[] from = new LocalDate[CASES];

	final int[] workingDays = new int[CASES];

	WorkingDayCalendar indexed;

	OfficialCalendar.Naive naive;

	private int next;

	@Setup
	public void prepare() {
		this.indexed = OfficialCalendar.indexed();
		this.naive = OfficialCalendar.naive();
		Random random = new Random(20261122);
		LocalDate first = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < CASES; i++) {
			// Deadlines stay inside 2025–2026, where both implementations know the data.
			this.from[i] = first.plusDays(random.nextInt(640));
			this.workingDays[i] = 1 + random.nextInt(45);
		}
	}

	@Benchmark
	public LocalDate indexedCalendar() {
		int i = (this.next++) & (CASES - 1);
		return this.indexed.nthWorkingDayAfter(this.from[i], this.workingDays[i]).date();
	}

	@Benchmark
	public LocalDate naiveDayByDay() {
		int i = (this.next++) & (CASES - 1);
		return this.naive.nthWorkingDayAfter(this.from[i], this.workingDays[i]);
	}

}
