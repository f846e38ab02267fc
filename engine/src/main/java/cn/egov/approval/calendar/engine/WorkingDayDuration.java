package cn.egov.approval.calendar.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit written in working days, as BPMN timers and task due dates may give it:
 * {@code P5WD} (5 working days, national calendar) or {@code P5WD@SF-SFS-SFX} (the
 * calendar of a region, with its local days off). Expressions work too, e.g.
 * {@code P${promisedLimit}WD@${regionCode}}.
 *
 * @param workingDays how many working days, 0–2000
 * @param regionCode the region whose calendar counts, or null for the national one
 */
public record WorkingDayDuration(int workingDays, String regionCode) {

	/** Larger limits are typos: the longest statutory limit is months, not years. */
	public static final int MAX_WORKING_DAYS = 2000;

	private static final Pattern SYNTAX = Pattern.compile("P(\\d{1,4})WD(?:@([A-Za-z0-9-]{1,32}))?");

	/**
	 * The duration {@code text} holds, or empty when it is not a working-day duration.
	 */
	public static Optional<WorkingDayDuration> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = SYNTAX.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int days = Integer.parseInt(matcher.group(1));
		if (days > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException(
					"A working-day limit of " + days + " is longer than " + MAX_WORKING_DAYS + ": " + text);
		}
		return Optional.of(new WorkingDayDuration(days, matcher.group(2)));
	}

	/**
	 * Whether a timer definition (its expression text, as Camunda keeps it in the job
	 * definition's configuration) may count working days. Errs on the side of yes: a
	 * needless recalculation gives the same due date.
	 */
	public static boolean mayAppearIn(String timerDefinition) {
		return timerDefinition != null && timerDefinition.contains("WD");
	}

}
