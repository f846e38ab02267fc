package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A date the calendar computed, e.g. a deadline.
 *
 * @param date the date
 * @param provisional true when a year the computation went through has no official
 * schedule yet: the date may move when the schedule is loaded
 */
public record WorkingDate(LocalDate date, boolean provisional) {

	/**
	 * The instant this date ends: 24:00 China Standard Time, when a deadline falling on
	 * it has passed (CC 203).
	 */
	public Instant end() {
		return WorkingDayCalendar.endOf(this.date);
	}

}
