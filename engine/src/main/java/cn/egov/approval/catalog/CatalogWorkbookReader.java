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

	private final Map<String, ItemRows> items = new LinkedHashMap<>();

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
		List<ImportedItem> parsed = reader.items.values().stream().map(ItemRows::toImported).toList();
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
		String code = row.text("code");
		if (code == null) {
			row.problem("code", "error.catalog.required");
			return;
		}
		ItemRows existing = this.items.get(code);
		if (existing != null) {
			row.problem("code", "error.catalog.import.code-duplicate", code, existing.row);
			return;
		}
		this.items.put(code, new ItemRows(row.row(), ItemRowParser.parse(row)));
	}

	private void readMaterial(RowValues row) {
		ItemRows item = owner(row);
		if (item != null) {
			item.materialRows.add(row.row());
			item.materials.add(ItemRowParser.material(row, "materials[" + (item.materials.size()) + "]"));
		}
	}

	private void readFee(RowValues row) {
		ItemRows item = owner(row);
		if (item != null) {
			item.feeRows.add(row.row());
			item.fees.add(ItemRowParser.fee(row, "fees[" + (item.fees.size()) + "]"));
		}
	}

	private ItemRows owner(RowValues row) {
		String code = row.text("code");
		ItemRows item = (code != null) ? this.items.get(code) : null;
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

	/** An item's row and the rows of its materials and fees as they are read. */
	private static final class ItemRows {

		private final int row;

		private final ItemRequest request;

		private final List<Material> materials = new ArrayList<>();

		private final List<Integer> materialRows = new ArrayList<>();

		private final List<Fee> fees = new ArrayList<>();

		private final List<Integer> feeRows = new ArrayList<>();

		ItemRows(int row, ItemRequest request) {
			this.row = row;
			this.request = request;
		}

		ImportedItem toImported() {
			ItemRequest withLists = new ItemRequest(this.request.code(), this.request.name(), this.request.kind(),
					this.request.department(), this.request.parentCode(), this.request.elements(),
					this.request.statutoryLimit(), this.request.promisedLimit(), this.request.onTheSpot(),
					this.request.parallelApproval(), this.request.applicantTypes(), this.request.approvingLeaderRole(),
					this.request.reviewingSection(), this.request.handlers(), this.request.steps(),
					List.copyOf(this.fees), List.copyOf(this.materials), this.request.processKey(),
					this.request.processParameters());
			return new ImportedItem(this.row, withLists, List.copyOf(this.materialRows), List.copyOf(this.feeRows));
		}

	}

}
