package cn.egov.approval.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.egov.approval.calendar.NamedDay;
import cn.egov.approval.calendar.WorkingDayCalendar;
import cn.egov.approval.calendar.YearSchedule;

/**
 * The official 2025 and 2026 schedules (domain.md §1), as our calendar and as the naive
 * baseline: sets of special days and a walk from day to day.
 */
final class OfficialCalendar {

	static final List<NamedDay> DAYS_OFF = days("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06",
			"2025-05-01..2025-05-05", "2025-05-31..2025-06-02", "2025-10-01..2025-10-08", "2026-01-01..2026-01-03",
			"2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05", "2026-06-19..2026-06-21",
			"2026-09-25..2026-09-27", "2026-10-01..2026-10-07");

	static final List<NamedDay> MAKE_UP_WORKDAYS = days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
			"2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

	private OfficialCalendar() {
	}

	/** Ours: prefix counts, one array read per question. */
	static WorkingDayCalendar indexed() {
		List<YearSchedule> years = new ArrayList<>();
		for (int year : new int[] { 2025, 2026 }) {
			years.add(new YearSchedule(year, false, ofYear(DAYS_OFF, year), ofYear(MAKE_UP_WORKDAYS, year)));
		}
		return WorkingDayCalendar.of(years, List.of());
	}

	/** The baseline: what one writes first, a loop over the days. */
	static Naive naive() {
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> makeUp = new HashSet<>();
		DAYS_OFF.forEach((day) -> off.add(day.date()));
		MAKE_UP_WORKDAYS.forEach((day) -> makeUp.add(day.date()));
		return new Naive(off, makeUp);
	}

	private static List<NamedDay> ofYear(List<NamedDay> days, int year) {
		return days.stream().filter((day) -> day.date().getYear() == year).toList();
	}

	private static List<NamedDay> days(String... specs) {
		List<NamedDay> days = new ArrayList<>();
		for (String spec : specs) {
			String[] range = spec.split("\\.\\.");
			LocalDate to = LocalDate.parse(range[range.length - 1]);
			for (LocalDate day = LocalDate.parse(range[0]); !day.isAfter(to); day = day.plusDays(1)) {
				days.add(new NamedDay(day, null));
			}
		}
		return days;
	}

	/** Day-by-day deadline arithmetic over hash sets. */
	record Naive(Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkdays) {

		LocalDate nthWorkingDayAfter(LocalDate from, int n) {
			LocalDate day = from;
			for (int counted = 0; counted < n;) {
				day = day.plusDays(1);
				if (isWorkday(day)) {
					counted++;
				}
			}
			return day;
		}

		private boolean isWorkday(LocalDate day) {
			if (this.makeUpWorkdays.contains(day)) {
				return true;
			}
			return !this.daysOff.contains(day) && day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
		}

	}

}
