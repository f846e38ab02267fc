package cn.egov.approval.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Enumeration values arrive as strings; these name a wrong one with the allowed ones. */
final class Enums {

	private Enums() {
	}

	/** The constant named {@code value}, or null when there is none. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

	static <E extends Enum<E>> void check(String field, Class<E> type, String value, boolean required,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "error.catalog.required"));
			}
			return;
		}
		if (parse(type, value) == null) {
			problems.add(FieldProblem.of(field, "error.catalog.enum", value, allowed(type)));
		}
	}

	static <E extends Enum<E>> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
