package cn.egov.approval.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.catalog.WorkbookLayout.Column;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a catalog workbook (see {@link WorkbookLayout}) into requests, collecting every
 * problem of form (missing sheet or column, a number that is not one, a material of an
 * unknown item) with its sheet and row. The rules of the catalog itself are the
 * validator's, applied afterwards.
 */
final class CatalogWorkbookReader {

	/**
	 * No part of a catalog workbook comes near this (5,000 items make about 30 MB of
	 * XML); a 10 MB upload that inflates beyond it is a zip bomb. POI's default allows 4
	 * GB per part, and its setting is process-wide, so it is tightened here once.
	 */
	static final long MAX_PART_BYTES = 64L * 1024 * 1024;

	static {
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_PART_BYTES));
	}

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, WorkbookItem> items = new LinkedHashMap<>();

	private CatalogWorkbookReader() {
	}

	static Parsed read(byte[] xlsx) {
		CatalogWorkbookReader reader = new CatalogWorkbookReader();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			reader.readAll(workbook);
		}
		catch (IOException | RuntimeException ex) {
			throw CatalogValidationException.of("file", "error.catalog.import.unreadable");
		}
		List<ImportedItem> parsed = reader.items.values().stream().map(WorkbookItem::toImported).toList();
		return new Parsed(parsed, List.copyOf(reader.problems));
	}

	private void readAll(Workbook workbook) {
		Sheet itemSheet = workbook.getSheet(WorkbookLayout.ITEMS);
		if (itemSheet == null) {
			this.problems.add(ImportProblem.of(WorkbookLayout.ITEMS, 1,
					FieldProblem.of("file", "error.catalog.import.sheet-missing", WorkbookLayout.ITEMS)));
			return;
		}
		forEachRow(itemSheet, WorkbookLayout.ITEM_COLUMNS, this::readItem);
		Sheet materials = workbook.getSheet(WorkbookLayout.MATERIALS);
		if (materials != null) {
			forEachRow(materials, WorkbookLayout.MATERIAL_COLUMNS, this::readMaterial);
		}
		Sheet fees = workbook.getSheet(WorkbookLayout.FEES);
		if (fees != null) {
			forEachRow(fees, WorkbookLayout.FEE_COLUMNS, this::readFee);
		}
		if (this.items.isEmpty() && this.problems.isEmpty()) {
			this.problems
				.add(ImportProblem.of(WorkbookLayout.ITEMS, 2, FieldProblem.of("code", "error.catalog.import.empty")));
		}
	}

	private void forEachRow(Sheet sheet, List<Column> columns, RowHandler handler) {
		Map<String, Integer> positions = headerPositions(sheet, columns);
		if (positions == null) {
			return;
		}
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, String> values = new HashMap<>();
			positions.forEach((field, column) -> {
				String text = Cells.text(row, column);
				if (text != null) {
					values.put(field, text);
				}
			});
			if (!values.isEmpty()) {
				handler.handle(new RowValues(sheet.getSheetName(), r + 1, values, this.problems));
			}
		}
	}

	/** Field to column index, or null (with a problem per missing column). */
	private Map<String, Integer> headerPositions(Sheet sheet, List<Column> columns) {
		Row header = sheet.getRow(0);
		Map<String, Integer> byHeader = new HashMap<>();
		if (header != null) {
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String text = Cells.text(header, c);
				if (text != null) {
					byHeader.putIfAbsent(text, c);
				}
			}
		}
		Map<String, Integer> positions = new HashMap<>();
		boolean complete = true;
		for (Column column : columns) {
			Integer position = byHeader.get(column.header());
			if (position != null && !column.exportOnly()) {
				positions.put(column.field(), position);
			}
			else if (position == null && !column.exportOnly()) {
				complete = false;
				this.problems.add(new ImportProblem(sheet.getSheetName(), 1, column.field(),
						FieldProblem.of("file", "error.catalog.import.column-missing", column.header())));
			}
		}
		return complete ? positions : null;
	}

	private void readItem(RowValues row) {
		// Parsed before the code is checked, so a row's every problem is reported.
		ItemRequest request = ItemRowParser.parse(row);
		String code = request.code();
		WorkbookItem existing = (code != null) ? this.items.get(code) : null;
		if (code == null) {
			row.problem("code", "error.catalog.required");
		}
		else if (existing != null) {
			row.problem("code", "error.catalog.import.code-duplicate", code, existing.row());
		}
		else {
			this.items.put(code, new WorkbookItem(row.row(), request));
		}
	}

	private void readMaterial(RowValues row) {
		WorkbookItem item = owner(row);
		if (item != null) {
			item.addMaterial(row.row(), ItemRowParser.material(row, "materials[" + item.materialCount() + "]"));
		}
	}

	private void readFee(RowValues row) {
		WorkbookItem item = owner(row);
		if (item != null) {
			item.addFee(row.row(), ItemRowParser.fee(row, "fees[" + item.feeCount() + "]"));
		}
	}

	private WorkbookItem owner(RowValues row) {
		String code = row.text("code");
		WorkbookItem item = (code != null) ? this.items.get(code) : null;
		if (item == null) {
			row.problem("code", (code == null) ? "error.catalog.required" : "error.catalog.import.code-unknown", code);
		}
		return item;
	}

	/** What the workbook held, and what was wrong with its form. */
	record Parsed(List<ImportedItem> items, List<ImportProblem> problems) {
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(RowValues row);

	}

}
