package cn.egov.approval.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The texts of one workbook row by field, with typed readers that record a problem for
 * the row (and answer null) when a text is not of the type its column needs.
 */
final class RowValues {

	private final String sheet;

	private final int row;

	private final Map<String, String> values;

	private final List<ImportProblem> problems;

	/**
	 * The item path of the row's fields ({@code materials[2]}) or "" for the item row.
	 */
	private String prefix = "";

	RowValues(String sheet, int row, Map<String, String> values, List<ImportProblem> problems) {
		this.sheet = sheet;
		this.row = row;
		this.values = values;
		this.problems = problems;
	}

	int row() {
		return this.row;
	}

	RowValues within(String path) {
		this.prefix = path;
		return this;
	}

	String text(String field) {
		return this.values.get(field);
	}

	Integer integer(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problem(field, "error.catalog.import.integer", text);
			return null;
		}
	}

	BigDecimal decimal(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problem(field, "error.catalog.import.number", text);
			return null;
		}
	}

	/** 是/否 (also true/false, 1/0, Y/N); {@code absent} when blank. */
	Boolean bool(String field, boolean absent) {
		String text = text(field);
		if (text == null) {
			return absent;
		}
		String value = text.toLowerCase(java.util.Locale.ROOT);
		if (List.of(WorkbookLayout.YES, "true", "1", "y", "yes").contains(value)) {
			return true;
		}
		if (List.of(WorkbookLayout.NO, "false", "0", "n", "no").contains(value)) {
			return false;
		}
		problem(field, "error.catalog.import.boolean", text);
		return absent;
	}

	/** A list cell: entries separated by {@code separator}, blanks dropped. */
	List<String> list(String field, String separator) {
		String text = text(field);
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
			.map(String::strip)
			.filter((entry) -> !entry.isEmpty())
			.toList();
	}

	void problem(String field, String messageKey, Object... arguments) {
		String path = this.prefix.isEmpty() ? field : this.prefix + "." + field;
		this.problems.add(new ImportProblem(this.sheet, this.row, field, FieldProblem.of(path, messageKey, arguments)));
	}

}
