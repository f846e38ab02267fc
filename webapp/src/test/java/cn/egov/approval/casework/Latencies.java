package cn.egov.approval.casework;

import java.util.ArrayList;
import java.util.List;

/** Durations of one kind of call, added from several threads. */
final class Latencies {

	private final List<Long> nanos = new ArrayList<>();

	synchronized void add(long elapsedNanos) {
		this.nanos.add(elapsedNanos);
	}

	synchronized long[] sorted() {
		return this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	/** The value below which the given share of the sorted durations lie, in ms. */
	static double millis(long[] sorted, double quantile) {
		return (sorted.length == 0) ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * quantile) - 1)] / 1e6;
	}

}
