package cn.egov.approval.calendar;

import java.util.List;

/**
 * One year's official schedule: the days off (放假) and the make-up working days (调休上班).
 * Weekdays not listed are working days, weekend days not listed are not.
 *
 * @param year the year
 * @param provisional true when the schedule is an expectation entered before the official
 * one was published; answers touching the year then say they are provisional
 * @param daysOff days off, weekends inside a holiday block included
 * @param makeUpWorkdays weekend days that are working days
 */
public record YearSchedule(int year, boolean provisional, List<NamedDay> daysOff, List<NamedDay> makeUpWorkdays) {

	public YearSchedule {
		daysOff = List.copyOf(daysOff);
		makeUpWorkdays = List.copyOf(makeUpWorkdays);
	}

}
