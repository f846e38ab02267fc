package cn.egov.approval.catalog;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads cells as text, whatever type Excel gave them (people type numbers as text and
 * back).
 */
final class Cells {

	private Cells() {
	}

	/** The trimmed text of a cell, or null when blank. */
	static String text(Row row, Integer column) {
		if (row == null || column == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> cell.getBooleanCellValue() ? WorkbookLayout.YES : WorkbookLayout.NO;
			default -> null;
		};
		if (text == null) {
			return null;
		}
		// Excel users paste text with Windows line ends and non-breaking spaces.
		String cleaned = text.replace("\r\n", "\n").replace('\u00A0', ' ').strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
