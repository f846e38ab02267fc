package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date with an optional name, e.g. {@code 2026-02-17 春节}.
 *
 * @param date the day
 * @param name what the day is called, or null
 */
public record NamedDay(LocalDate date, String name) {

	public NamedDay {
		Objects.requireNonNull(date, "date");
	}

}
