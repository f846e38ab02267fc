package cn.egov.approval.complaints;

import cn.egov.approval.web.BadRequestException;

/** Checks of the free text complainants and staff type. */
final class Texts {

	private Texts() {
	}

	/**
	 * The text without surrounding blanks.
	 * @throws BadRequestException (with the limit as argument) when blank or too long
	 */
	static String required(String text, int maxLength, String messageKey) {
		if (text == null || text.isBlank() || text.strip().length() > maxLength) {
			throw new BadRequestException(messageKey, maxLength);
		}
		return text.strip();
	}

	/** Null for blank text; otherwise as {@link #required}. */
	static String optional(String text, int maxLength, String messageKey) {
		return (text == null || text.isBlank()) ? null : required(text, maxLength, messageKey);
	}

}
