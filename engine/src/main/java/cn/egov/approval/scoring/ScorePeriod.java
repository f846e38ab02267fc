package cn.egov.approval.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scoring period: a month {@code YYYY-MM}, a quarter {@code YYYY-Qn} or a year
 * {@code YYYY}. Every event is counted in the three periods that contain its day, so a
 * query reads one row per department whatever the period's length.
 *
 * @param key the period as written in the API and stored in the rollups
 * @param first the period's first day
 * @param last the period's last day
 */
public record ScorePeriod(String key, LocalDate first, LocalDate last) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

	/** Parses a period; empty when it is not one of the three forms. */
	public static Optional<ScorePeriod> parse(String text) {
		Matcher matcher = (text != null) ? FORM.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) != null) {
			YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			return Optional.of(new ScorePeriod(month.toString(), month.atDay(1), month.atEndOfMonth()));
		}
		if (matcher.group(3) != null) {
			int quarter = Integer.parseInt(matcher.group(3));
			LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
			return Optional.of(new ScorePeriod(year + "-Q" + quarter, first, first.plusMonths(3).minusDays(1)));
		}
		return Optional.of(new ScorePeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	/** The month, quarter and year keys of a day. */
	public static List<String> keysOf(LocalDate day) {
		int quarter = (day.getMonthValue() + 2) / 3;
		return List.of(YearMonth.from(day).toString(), day.getYear() + "-Q" + quarter, String.valueOf(day.getYear()));
	}

	/** The months of this period, first to last (for trends). */
	public List<String> months() {
		return YearMonth.from(this.first)
			.atDay(1)
			.datesUntil(this.last.plusDays(1), java.time.Period.ofMonths(1))
			.map((day) -> YearMonth.from(day).toString())
			.toList();
	}

}
