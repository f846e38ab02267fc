package cn.egov.approval.notices;

import java.util.List;

/**
 * Argument checks shared by the notice records: a notice with a blank field is invalid.
 */
final class Texts {

	private Texts() {
	}

	static String require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value;
	}

	static <T> List<T> requireItems(List<T> values, String field) {
		if (values == null || values.isEmpty() || values.stream().anyMatch(Texts::missing)) {
			throw new IllegalArgumentException(field + " needs at least one entry and no blank entry");
		}
		return List.copyOf(values);
	}

	static <T> T requireValue(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value;
	}

	static int requirePositive(int value, String field) {
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive");
		}
		return value;
	}

	private static boolean missing(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
