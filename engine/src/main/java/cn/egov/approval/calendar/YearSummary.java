package cn.egov.approval.calendar;

import java.time.OffsetDateTime;

/**
 * One line of {@code GET /api/calendar/years}: a loaded year and how many special days it
 * has.
 */
record YearSummary(int year, boolean provisional, int daysOff, int makeUpWorkdays, OffsetDateTime updatedAt,
		String updatedBy) {
}
