package cn.egov.approval.calendar;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A year's schedule as {@code GET /api/calendar/years/{year}} answers it (a year never
 * loaded is provisional with empty lists); after a {@code PUT} also how many running
 * timers were recalculated.
 */
record YearDetail(int year, boolean provisional, List<NamedDay> daysOff, List<NamedDay> makeUpWorkdays,
		OffsetDateTime updatedAt, String updatedBy,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer timersRecalculated) {

	YearDetail withTimersRecalculated(int count) {
		return new YearDetail(this.year, this.provisional, this.daysOff, this.makeUpWorkdays, this.updatedAt,
				this.updatedBy, count);
	}

}
