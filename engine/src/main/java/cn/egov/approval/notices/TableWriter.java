package cn.egov.approval.notices;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a ruled table. A row that does not fit moves to the next page under a repeated
 * header; a row taller than a whole page is split between pages.
 */
final class TableWriter {

	private static final float SIZE = 10.5f;

	private static final float LEADING = 16f;

	private static final float PAD = 4f;

	private static final float GAP = 6f;

	private static final float RULE = 0.6f;

	private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

	private final PageFlow flow;

	private float[] widths;

	private List<List<String>> header;

	TableWriter(PageFlow flow) {
		this.flow = flow;
	}

	void write(NoticeBlock.Table table) throws IOException {
		this.widths = columnWidths(table.columns());
		this.header = cells(table.columns().stream().map(NoticeBlock.Column::header).toList());
		this.flow.moveDown(GAP);
		this.flow.ensure(height(lineCount(this.header)) + height(1));
		drawRow(this.header, 0, lineCount(this.header), true);
		for (List<String> row : table.rows()) {
			drawRowAcrossPages(cells(row));
		}
		this.flow.moveDown(GAP);
	}

	private void drawRowAcrossPages(List<List<String>> cells) throws IOException {
		int total = lineCount(cells);
		int freshPageLines = (int) ((PageFlow.TOP - PageFlow.BOTTOM - height(lineCount(this.header))) / LEADING) - 1;
		int from = 0;
		while (from < total) {
			int remaining = total - from;
			int fit = (int) Math.floor((this.flow.y() - PageFlow.BOTTOM - 2 * PAD) / LEADING);
			if (fit < remaining && (fit < 1 || remaining <= freshPageLines)) {
				continueOnNewPage();
				continue;
			}
			int take = Math.min(fit, remaining);
			drawRow(cells, from, take, false);
			from += take;
			if (from < total) {
				continueOnNewPage();
			}
		}
	}

	private void continueOnNewPage() throws IOException {
		this.flow.newPage();
		drawRow(this.header, 0, lineCount(this.header), true);
	}

	private void drawRow(List<List<String>> cells, int from, int count, boolean isHeader) throws IOException {
		float top = this.flow.y();
		float height = height(count);
		if (isHeader) {
			this.flow.content().setNonStrokingColor(HEADER_FILL);
			this.flow.content().addRect(PageFlow.LEFT, top - height, PageFlow.width(), height);
			this.flow.content().fill();
		}
		float x = PageFlow.LEFT;
		for (int column = 0; column < cells.size(); column++) {
			List<String> lines = cells.get(column);
			for (int i = from; i < Math.min(from + count, lines.size()); i++) {
				float lineTop = top - PAD - (i - from) * LEADING;
				this.flow.text(lines.get(i), x + PAD, PageFlow.baseline(lineTop, LEADING, SIZE), SIZE, Color.BLACK,
						isHeader);
			}
			this.flow.content().setStrokingColor(Color.BLACK);
			this.flow.content().setLineWidth(RULE);
			this.flow.content().addRect(x, top - height, this.widths[column], height);
			this.flow.content().stroke();
			x += this.widths[column];
		}
		this.flow.moveDown(height);
	}

	private List<List<String>> cells(List<String> texts) throws IOException {
		List<List<String>> cells = new ArrayList<>();
		for (int column = 0; column < texts.size(); column++) {
			float inner = this.widths[column] - 2 * PAD;
			cells.add(this.flow.wrap(texts.get(column), SIZE, inner, inner));
		}
		return cells;
	}

	private static float[] columnWidths(List<NoticeBlock.Column> columns) {
		float total = (float) columns.stream().mapToDouble(NoticeBlock.Column::weight).sum();
		float[] widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = PageFlow.width() * columns.get(i).weight() / total;
		}
		return widths;
	}

	private static int lineCount(List<List<String>> cells) {
		return cells.stream().mapToInt(List::size).max().orElse(1);
	}

	private static float height(int lines) {
		return lines * LEADING + 2 * PAD;
	}

}
