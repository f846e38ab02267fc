package cn.egov.approval.notices;

import java.util.List;

/**
 * One block of a notice's body. Every string is plain text drawn as it is: nothing is
 * interpreted as markup.
 */
public sealed interface NoticeBlock {

	/** A body paragraph, first line indented by two characters; "\n" breaks a line. */
	record Paragraph(String text) implements NoticeBlock {

		public Paragraph {
			Texts.require(text, "text");
		}

	}

	/** A sub-heading such as 一、需要补正的材料, drawn bold without indent. */
	record Heading(String text) implements NoticeBlock {

		public Heading {
			Texts.require(text, "text");
		}

	}

	/** Labelled values, one per line ("申请人：沈市民"); long values wrap under themselves. */
	record Fields(List<Field> fields) implements NoticeBlock {

		public Fields {
			fields = Texts.requireItems(fields, "fields");
		}

		public static Fields of(String... labelsAndValues) {
			if (labelsAndValues.length % 2 != 0) {
				throw new IllegalArgumentException("labels and values come in pairs");
			}
			Field[] fields = new Field[labelsAndValues.length / 2];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = new Field(labelsAndValues[2 * i], labelsAndValues[2 * i + 1]);
			}
			return new Fields(List.of(fields));
		}

	}

	/** One labelled value of {@link Fields}. */
	record Field(String label, String value) {

		public Field {
			Texts.require(label, "label");
			Texts.require(value, "value");
		}

	}

	/**
	 * A ruled table; cells wrap, rows flow onto further pages under a repeated header.
	 */
	record Table(List<Column> columns, List<List<String>> rows) implements NoticeBlock {

		public Table {
			columns = Texts.requireItems(columns, "columns");
			rows = Texts.requireItems(rows, "rows").stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("every row needs " + columns.size() + " cells");
				}
			}
		}

	}

	/** A table column: its header and its share of the width. */
	record Column(String header, float weight) {

		public Column {
			Texts.require(header, "header");
			if (!(weight > 0)) {
				throw new IllegalArgumentException("weight must be positive");
			}
		}

	}

}
