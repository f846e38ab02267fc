package cn.egov.approval.notices;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in capital numerals (人民币大写), as payment notices and receipts print it. */
public final class ChineseAmounts {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] DIGIT_UNITS = { "", "拾", "佰", "仟" };

	private static final String[] GROUP_UNITS = { "", "万", "亿" };

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private ChineseAmounts() {
	}

	/**
	 * Writes an amount of yuan in capitals.
	 * @param amount yuan, at least 0 and under 10^12, rounded to fen
	 * @return e.g. 壹万零伍佰元整 for 10500, 壹元零伍分 for 1.05
	 */
	public static String inCapitals(BigDecimal amount) {
		BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
		if (rounded.signum() < 0 || rounded.compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("amount out of range: " + amount);
		}
		long fen = rounded.movePointRight(2).longValueExact();
		long yuan = fen / 100;
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		StringBuilder text = new StringBuilder();
		if (yuan > 0) {
			text.append(yuan(yuan)).append('元');
		}
		if (jiao == 0 && cents == 0) {
			return text.append((yuan == 0) ? "零元整" : "整").toString();
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (yuan > 0) {
			text.append('零');
		}
		return text.append((cents > 0) ? DIGITS.charAt(cents) + "分" : "整").toString();
	}

	private static String yuan(long value) {
		StringBuilder text = new StringBuilder();
		boolean started = false;
		boolean zeroPending = false;
		for (int group = GROUP_UNITS.length - 1; group >= 0; group--) {
			int digits = (int) (value / (long) Math.pow(10000, group) % 10000);
			if (digits == 0) {
				zeroPending |= started;
				continue;
			}
			if ((started && digits < 1000) || zeroPending) {
				text.append('零');
			}
			zeroPending = false;
			text.append(fourDigits(digits)).append(GROUP_UNITS[group]);
			started = true;
		}
		return text.toString();
	}

	private static String fourDigits(int value) {
		StringBuilder text = new StringBuilder();
		boolean zeroPending = false;
		for (int position = 3; position >= 0; position--) {
			int digit = value / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zeroPending |= text.length() > 0;
				continue;
			}
			if (zeroPending) {
				text.append('零');
				zeroPending = false;
			}
			text.append(DIGITS.charAt(digit)).append(DIGIT_UNITS[position]);
		}
		return text.toString();
	}

}
