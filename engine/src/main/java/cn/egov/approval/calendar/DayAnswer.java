package cn.egov.approval.calendar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/calendar/days/{date}} answers. */
public record DayAnswer(LocalDate date, boolean workday, boolean provisional,
		@JsonInclude(JsonInclude.Include.NON_NULL) String name) {
}
