package cn.egov.approval.calendar;

/**
 * A date, or a computed result, outside the years the calendar covers
 * ({@value WorkingDayCalendar#FIRST_YEAR}–{@value WorkingDayCalendar#LAST_YEAR}).
 */
public class CalendarRangeException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	CalendarRangeException(String message) {
		super(message);
	}

}
