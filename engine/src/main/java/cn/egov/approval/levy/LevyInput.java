package cn.egov.approval.levy;

import java.math.BigDecimal;

/** Reads the values the assessment form leaves in process variables. */
final class LevyInput {

	private LevyInput() {
	}

	static BigDecimal decimal(Object value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

}
