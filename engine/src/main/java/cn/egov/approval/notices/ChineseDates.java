package cn.egov.approval.notices;

import java.time.LocalDate;

/**
 * Dates and small numbers as Chinese documents write them. The date under the signature
 * is customarily in Chinese numerals (二〇二六年十月十二日); dates inside the body are written in
 * figures (2026年10月12日), which is easier to read in deadlines.
 */
public final class ChineseDates {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseDates() {
	}

	/**
	 * Formats a date in Chinese numerals.
	 * @param date the date
	 * @return e.g. 二〇二六年十月十二日
	 */
	public static String inChineseNumerals(LocalDate date) {
		StringBuilder year = new StringBuilder();
		for (char digit : Integer.toString(date.getYear()).toCharArray()) {
			year.append(DIGITS.charAt(digit - '0'));
		}
		return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
	}

	/**
	 * Formats a date in figures.
	 * @param date the date
	 * @return e.g. 2026年10月12日
	 */
	public static String inFigures(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * Writes 1 to 99 in Chinese numerals, as in 十二 or （三）.
	 * @param value the number, 1 to 99
	 * @return the numerals
	 */
	public static String number(int value) {
		if (value < 1 || value > 99) {
			throw new IllegalArgumentException("only 1 to 99: " + value);
		}
		int tens = value / 10;
		int units = value % 10;
		String tensPart = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
		return tensPart + ((units == 0) ? "" : String.valueOf(DIGITS.charAt(units)));
	}

}
