package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The official 2025 and 2026 schedules, typed in from domain.md §1 independently of the
 * migration that ships them, so that the arithmetic is tested against the source and the
 * migration against a published table (see {@code ShippedScheduleCrossCheckTest}).
 */
final class OfficialSchedules {

	static final YearSchedule Y2025 = new YearSchedule(2025, false,
			days("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
					"2025-05-31..2025-06-02", "2025-10-01..2025-10-08"),
			days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));

	static final YearSchedule Y2026 = new YearSchedule(2026, false,
			days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
					"2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07"),
			days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

	private OfficialSchedules() {
	}

	static WorkingDayCalendar calendar() {
		return WorkingDayCalendar.of(List.of(Y2025, Y2026), List.of());
	}

	/** Dates and inclusive ranges {@code from..to}. */
	static List<NamedDay> days(String... specs) {
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

}
