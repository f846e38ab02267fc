package cn.egov.approval.calendar;

import java.time.LocalDate;

/** What {@code GET /api/calendar/deadline} answers: the last day of the limit. */
public record DeadlineAnswer(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
}
