package cn.egov.approval.notices;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Draws the addressee line and the body blocks, flowing onto new pages as needed. */
final class BodyWriter {

	static final float SIZE = 12f;

	static final float LEADING = 21f;

	private static final float INDENT = 2 * SIZE;

	private static final float MAX_LABEL_SHARE = 0.4f;

	/**
	 * For {@link #BodyWriter(PageFlow, int)}: break pages only where the text fills them.
	 */
	static final int NO_FORCED_BREAK = -1;

	private final PageFlow flow;

	private final int breakBeforeLine;

	private int lines;

	/**
	 * @param flow the document
	 * @param breakBeforeLine the line (counting from 0) to start on a new page, so that
	 * it goes with the signature; or {@link #NO_FORCED_BREAK}
	 */
	BodyWriter(PageFlow flow, int breakBeforeLine) {
		this.flow = flow;
		this.breakBeforeLine = breakBeforeLine;
	}

	/** Returns how many lines of text the body drew (tables not counted). */
	int lines() {
		return this.lines;
	}

	void addressee(String addressee) throws IOException {
		lines(this.flow.wrap(addressee + "：", SIZE, PageFlow.width(), PageFlow.width()), 0, 0, false);
	}

	void write(NoticeBlock block) throws IOException {
		if (block instanceof NoticeBlock.Paragraph paragraph) {
			lines(this.flow.wrap(paragraph.text(), SIZE, PageFlow.width() - INDENT, PageFlow.width()), INDENT, 0,
					false);
		}
		else if (block instanceof NoticeBlock.Heading heading) {
			this.flow.moveDown(LEADING * 0.2f);
			lines(this.flow.wrap(heading.text(), SIZE, PageFlow.width(), PageFlow.width()), 0, 0, true);
		}
		else if (block instanceof NoticeBlock.Fields fields) {
			fields(fields.fields());
		}
		else if (block instanceof NoticeBlock.Table table) {
			new TableWriter(this.flow).write(table);
		}
	}

	private void fields(List<NoticeBlock.Field> fields) throws IOException {
		float labelWidth = 0;
		for (NoticeBlock.Field field : fields) {
			labelWidth = Math.max(labelWidth, this.flow.width(this.flow.clean(field.label() + "："), SIZE));
		}
		labelWidth = Math.min(labelWidth, (PageFlow.width() - INDENT) * MAX_LABEL_SHARE);
		float valueWidth = PageFlow.width() - INDENT - labelWidth;
		for (NoticeBlock.Field field : fields) {
			List<String> label = this.flow.wrap(field.label() + "：", SIZE, labelWidth, labelWidth);
			List<String> value = this.flow.wrap(field.value(), SIZE, valueWidth, valueWidth);
			for (int i = 0; i < Math.max(label.size(), value.size()); i++) {
				startLine();
				float baseline = PageFlow.baseline(this.flow.y(), LEADING, SIZE);
				if (i < label.size()) {
					this.flow.text(label.get(i), PageFlow.LEFT + INDENT, baseline, SIZE, Color.BLACK, false);
				}
				if (i < value.size()) {
					this.flow.text(value.get(i), PageFlow.LEFT + INDENT + labelWidth, baseline, SIZE, Color.BLACK,
							false);
				}
				this.flow.moveDown(LEADING);
			}
		}
	}

	private void lines(List<String> lines, float firstIndent, float indent, boolean bold) throws IOException {
		for (int i = 0; i < lines.size(); i++) {
			startLine();
			float x = PageFlow.LEFT + ((i == 0) ? firstIndent : indent);
			this.flow.text(lines.get(i), x, PageFlow.baseline(this.flow.y(), LEADING, SIZE), SIZE, Color.BLACK, bold);
			this.flow.moveDown(LEADING);
		}
	}

	private void startLine() throws IOException {
		if (this.lines++ == this.breakBeforeLine) {
			this.flow.breakPage();
		}
		else {
			this.flow.ensure(LEADING);
		}
	}

}
