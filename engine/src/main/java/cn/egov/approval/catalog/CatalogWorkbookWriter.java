package cn.egov.approval.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.catalog.WorkbookLayout.Column;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the catalog as an {@code .xlsx} workbook (see {@link WorkbookLayout}). Streams
 * rows to keep memory flat for a catalog of thousands of items.
 */
final class CatalogWorkbookWriter {

	private static final int WINDOW = 200;

	private CatalogWorkbookWriter() {
	}

	static byte[] write(List<Item> items) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			CellStyle header = headerStyle(workbook);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Sheet itemSheet = sheet(workbook, WorkbookLayout.ITEMS, WorkbookLayout.ITEM_COLUMNS, header);
			Sheet materialSheet = sheet(workbook, WorkbookLayout.MATERIALS, WorkbookLayout.MATERIAL_COLUMNS, header);
			Sheet feeSheet = sheet(workbook, WorkbookLayout.FEES, WorkbookLayout.FEE_COLUMNS, header);
			for (Item item : items) {
				append(itemSheet, WorkbookLayout.ITEM_COLUMNS, item, ItemCells::item, wrap, null);
				for (Material material : item.materials()) {
					append(materialSheet, WorkbookLayout.MATERIAL_COLUMNS, material, ItemCells::material, wrap,
							item.code());
				}
				for (Fee fee : item.fees()) {
					append(feeSheet, WorkbookLayout.FEE_COLUMNS, fee, ItemCells::fee, wrap, item.code());
				}
			}
			notes(workbook, header);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(Workbook workbook, String name, List<Column> columns, CellStyle style) {
		Sheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			row.createCell(i).setCellValue(columns.get(i).header());
			row.getCell(i).setCellStyle(style);
			sheet.setColumnWidth(i, 20 * 256);
		}
		sheet.createFreezePane(1, 1);
		return sheet;
	}

	/** Appends one row; in the child sheets the first column is the item's code. */
	private static <T> void append(Sheet sheet, List<Column> columns, T value, BiFunction<T, String, Object> cells,
			CellStyle wrap, String code) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < columns.size(); i++) {
			String field = columns.get(i).field();
			Object cell = (code != null && field.equals("code")) ? code : cells.apply(value, field);
			set(row, i, cell, wrap);
		}
	}

	private static void set(Row row, int column, Object value, CellStyle wrap) {
		if (value == null) {
			return;
		}
		if (value instanceof Integer number) {
			row.createCell(column).setCellValue(number);
		}
		else if (value instanceof BigDecimal amount) {
			row.createCell(column).setCellValue(amount.doubleValue());
		}
		else {
			String text = value.toString();
			row.createCell(column).setCellValue(text);
			if (text.contains(WorkbookLayout.LINE)) {
				row.getCell(column).setCellStyle(wrap);
			}
		}
	}

	private static void notes(Workbook workbook, CellStyle header) {
		Sheet sheet = workbook.createSheet(WorkbookLayout.NOTES);
		String[][] lines = { { "字段", "可选值" }, { "事项类型", Enums.allowed(ItemKind.class) },
				{ "时限单位", Enums.allowed(LimitUnit.class) }, { "材料形式", Enums.allowed(MaterialForm.class) },
				{ "申请人类型（逗号分隔）", Enums.allowed(ApplicantType.class) },
				{ "审批领导角色、审批链（每行一个）",
						String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::code).toList()) },
				{ "即办件、并联审批、是否必需", WorkbookLayout.YES + " / " + WorkbookLayout.NO }, { "办理环节", "每行一个环节" },
				{ "状态、版本、实施部门名称、空白表格", "仅供查看，导入时忽略；导入的事项成为草稿" } };
		for (int i = 0; i < lines.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(lines[i][0]);
			row.createCell(1).setCellValue(lines[i][1]);
			if (i == 0) {
				row.getCell(0).setCellStyle(header);
				row.getCell(1).setCellStyle(header);
			}
		}
		sheet.setColumnWidth(0, 36 * 256);
		sheet.setColumnWidth(1, 100 * 256);
	}

	private static CellStyle headerStyle(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}

}
