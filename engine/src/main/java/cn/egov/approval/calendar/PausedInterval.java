package cn.egov.approval.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A period during which a legal clock stands still (特殊程序: hearing, inspection, expert
 * review... ALL 45), from {@code start} inclusive to {@code end} exclusive. A pause still
 * running is passed with {@code end} = now, which gives the earliest possible deadline.
 *
 * @param start when the pause began
 * @param end when it ended (exclusive); not before {@code start}
 */
public record PausedInterval(Instant start, Instant end) {

	public PausedInterval {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A pause cannot end (" + end + ") before it starts (" + start + ")");
		}
	}

}
