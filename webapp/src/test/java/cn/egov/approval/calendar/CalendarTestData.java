package cn.egov.approval.calendar;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the calendar tables back after a test that changed them: every
 * {@code @PlatformTest} class shares one application context, and so one database.
 */
final class CalendarTestData {

	private CalendarTestData() {
	}

	/**
	 * Forgets a year the test loaded, so it is provisional again, and a region's
	 * overlays.
	 */
	static void forget(JdbcTemplate jdbc, CalendarSnapshots snapshots, int year, String... regions) {
		jdbc.update("DELETE FROM cal_special_day WHERE calendar_year = ?", year);
		jdbc.update("DELETE FROM cal_year WHERE calendar_year = ?", year);
		for (String region : regions) {
			jdbc.update("DELETE FROM cal_region_day_off WHERE region_code = ?", region);
		}
		snapshots.reload();
	}

}
