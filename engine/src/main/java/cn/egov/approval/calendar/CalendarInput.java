package cn.egov.approval.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import cn.egov.approval.calendar.engine.WorkingDayDuration;
import cn.egov.approval.web.BadRequestException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what callers send (query parameters, JSON bodies) into calendar values, failing
 * with a 400 whose message names the field and the value at fault. Hand-written rather
 * than Bean Validation because the rules span fields (a date in both lists) and a day may
 * be written as {@code "2026-10-01"} or {@code {"date": "2026-10-01", "name": "国庆节"}}.
 */
final class CalendarInput {

	static final int NAME_MAX_LENGTH = 100;

	private static final List<String> SCHEDULE_FIELDS = List.of("daysOff", "makeUpWorkdays", "provisional");

	private static final List<String> OVERLAY_FIELDS = List.of("daysOff");

	private CalendarInput() {
	}

	/** A required ISO date, within the calendar's years. */
	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("error.calendar.required", field);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.trim());
		}
		catch (DateTimeException ex) {
			throw new BadRequestException("error.calendar.unparsable-date", field, text);
		}
		if (date.getYear() < WorkingDayCalendar.FIRST_YEAR || date.getYear() > WorkingDayCalendar.LAST_YEAR) {
			throw new BadRequestException("error.calendar.date-out-of-range", field, text,
					WorkingDayCalendar.FIRST_YEAR, WorkingDayCalendar.LAST_YEAR);
		}
		return date;
	}

	/**
	 * A required whole number of working days, 0 to
	 * {@value WorkingDayDuration#MAX_WORKING_DAYS}.
	 */
	static int workingDays(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("error.calendar.required", field);
		}
		try {
			int days = Integer.parseInt(text.trim());
			if (days >= 0 && days <= WorkingDayDuration.MAX_WORKING_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below with the same message as a number out of range.
		}
		throw new BadRequestException("error.calendar.working-days", field, text, WorkingDayDuration.MAX_WORKING_DAYS);
	}

	static int year(int year) {
		if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
			throw new BadRequestException("error.calendar.year-out-of-range", year, WorkingDayCalendar.FIRST_YEAR,
					WorkingDayCalendar.LAST_YEAR);
		}
		return year;
	}

	/** The body of {@code PUT /api/calendar/years/{year}}. */
	static ScheduleRequest schedule(int year, JsonNode body) {
		requireObject(body, SCHEDULE_FIELDS);
		List<NamedDay> daysOff = days("daysOff", body.get("daysOff"), year);
		List<NamedDay> makeUp = days("makeUpWorkdays", body.get("makeUpWorkdays"), year);
		Map<LocalDate, Integer> offIndex = new HashMap<>();
		for (int i = 0; i < daysOff.size(); i++) {
			offIndex.put(daysOff.get(i).date(), i);
		}
		for (int i = 0; i < makeUp.size(); i++) {
			Integer off = offIndex.get(makeUp.get(i).date());
			if (off != null) {
				throw new BadRequestException("error.calendar.day-off-and-make-up", makeUp.get(i).date(),
						"daysOff[" + off + "]", "makeUpWorkdays[" + i + "]");
			}
		}
		return new ScheduleRequest(daysOff, makeUp, provisional(body.get("provisional")));
	}

	/** The body of {@code PUT /api/calendar/regions/{code}/overlays}. */
	static List<NamedDay> overlays(JsonNode body) {
		requireObject(body, OVERLAY_FIELDS);
		return days("daysOff", body.get("daysOff"), null);
	}

	private static void requireObject(JsonNode body, List<String> fields) {
		if (body == null || !body.isObject()) {
			throw new BadRequestException("error.calendar.body", String.join(", ", fields));
		}
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!fields.contains(name)) {
				throw new BadRequestException("error.calendar.unknown-field", name, String.join(", ", fields));
			}
		}
	}

	private static List<NamedDay> days(String field, JsonNode list, Integer year) {
		if (list == null || !list.isArray()) {
			throw new BadRequestException("error.calendar.not-a-list", field);
		}
		List<NamedDay> days = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			String position = field + "[" + i + "]";
			NamedDay day = day(position, list.get(i));
			if (year != null && day.date().getYear() != year) {
				throw new BadRequestException("error.calendar.outside-year", position, day.date(), year);
			}
			Integer earlier = seen.putIfAbsent(day.date(), i);
			if (earlier != null) {
				throw new BadRequestException("error.calendar.duplicate-date", position, day.date(),
						field + "[" + earlier + "]");
			}
			days.add(day);
		}
		return days;
	}

	private static NamedDay day(String position, JsonNode entry) {
		if (entry.isTextual()) {
			return new NamedDay(date(position, entry.asText()), null);
		}
		if (!entry.isObject() || !entry.path("date").isTextual() || !(entry.path("name").isMissingNode()
				|| entry.path("name").isNull() || entry.path("name").isTextual())) {
			throw new BadRequestException("error.calendar.day-entry", position);
		}
		String name = entry.path("name").isTextual() ? entry.get("name").asText().trim() : null;
		if (name != null && name.length() > NAME_MAX_LENGTH) {
			throw new BadRequestException("error.calendar.name-too-long", position + ".name", NAME_MAX_LENGTH);
		}
		return new NamedDay(date(position + ".date", entry.get("date").asText()),
				(name == null || name.isEmpty()) ? null : name);
	}

	private static boolean provisional(JsonNode value) {
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			throw new BadRequestException("error.calendar.provisional");
		}
		return value.asBoolean();
	}

	/** A validated schedule for one year. */
	record ScheduleRequest(List<NamedDay> daysOff, List<NamedDay> makeUpWorkdays, boolean provisional) {
	}

}
