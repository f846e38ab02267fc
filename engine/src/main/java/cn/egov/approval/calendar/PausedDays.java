package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The days on which a legal clock stands still, and the arithmetic around them.
 * <p>
 * Convention: a calendar day is <em>paused</em> when any part of it lies inside a paused
 * interval {@code [start, end)}; a paused day is never counted, even when it is a working
 * day. So a hearing from Tuesday 15:00 to Thursday 10:00 takes Tuesday, Wednesday and
 * Thursday out of the count, while a pause ending exactly at Thursday 00:00 takes Tuesday
 * and Wednesday only. Reason: limits are counted in whole days, and a day partly spent in
 * a special procedure (ALL 45) is not a day the agency had for the case. Overlapping or
 * touching pauses count once.
 */
final class PausedDays {

	private final WorkingDayCalendar calendar;

	/** Merged, ascending, inclusive day-index ranges: {@code [from[k], to[k]]}. */
	private final int[] from;

	private final int[] to;

	private PausedDays(WorkingDayCalendar calendar, int[] from, int[] to) {
		this.calendar = calendar;
		this.from = from;
		this.to = to;
	}

	static PausedDays of(List<PausedInterval> paused, WorkingDayCalendar calendar) {
		List<int[]> ranges = new ArrayList<>();
		for (PausedInterval interval : paused) {
			if (interval.end().isAfter(interval.start())) {
				ranges.add(new int[] { clamp(WorkingDayCalendar.dayOf(interval.start())),
						clamp(lastDayTouched(interval.end())) });
			}
		}
		ranges.sort(Comparator.comparingInt((int[] range) -> range[0]));
		int[] from = new int[ranges.size()];
		int[] to = new int[ranges.size()];
		int count = 0;
		for (int[] range : ranges) {
			if (count > 0 && range[0] <= to[count - 1] + 1) {
				to[count - 1] = Math.max(to[count - 1], range[1]);
			}
			else {
				from[count] = range[0];
				to[count++] = range[1];
			}
		}
		return new PausedDays(calendar, Arrays.copyOf(from, count), Arrays.copyOf(to, count));
	}

	/** The day holding the last instant before {@code end}. */
	private static LocalDate lastDayTouched(Instant end) {
		ZonedDateTime local = end.atZone(WorkingDayCalendar.ZONE);
		LocalDate day = local.toLocalDate();
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.minusDays(1) : day;
	}

	/**
	 * Pauses beyond the calendar cannot move an answer inside it: clamp them to its edge.
	 */
	private static int clamp(LocalDate day) {
		long index = day.toEpochDay() - WorkingDayCalendar.FIRST_EPOCH_DAY;
		return (int) Math.max(-1, Math.min(WorkingDayCalendar.DAYS, index));
	}

	WorkingDate nthWorkingDayAfter(LocalDate date, int n) {
		int start = this.calendar.index(date);
		if (n == 0) {
			return new WorkingDate(date, false);
		}
		int current = start;
		int remaining = n;
		for (int k = 0; k < this.from.length; k++) {
			if (this.to[k] <= current) {
				continue;
			}
			int available = countBetween(current + 1, this.from[k] - 1);
			if (available >= remaining) {
				break;
			}
			remaining -= available;
			current = this.to[k];
		}
		int result = this.calendar.nthAfter(current, remaining);
		return new WorkingDate(this.calendar.dateOf(result), this.calendar.provisional(start + 1, result));
	}

	WorkingDate previousWorkingDay(LocalDate date) {
		int start = this.calendar.index(date);
		int result = this.calendar.previous(start);
		for (int k = this.from.length - 1; k >= 0; k--) {
			if (this.from[k] > result) {
				continue;
			}
			if (this.to[k] < result) {
				break;
			}
			result = this.calendar.previous(Math.max(this.from[k], 0));
		}
		return new WorkingDate(this.calendar.dateOf(result), this.calendar.provisional(result, start - 1));
	}

	WorkingDayCount workingDaysBetween(Instant start, Instant end) {
		WorkingDayCalendar.requireOrdered(start, end);
		int first = this.calendar.index(WorkingDayCalendar.dayOf(start)) + 1;
		int last = this.calendar.index(WorkingDayCalendar.dayOf(end)) - 1;
		int count = countBetween(first, last);
		for (int k = 0; k < this.from.length; k++) {
			count -= countBetween(Math.max(first, this.from[k]), Math.min(last, this.to[k]));
		}
		return new WorkingDayCount(count, this.calendar.provisional(first, last));
	}

	/** Working days among the day indices {@code [first, last]}, 0 when empty. */
	private int countBetween(int first, int last) {
		if (first > last) {
			return 0;
		}
		return this.calendar.workingDaysBefore(last + 1) - this.calendar.workingDaysBefore(first);
	}

}
