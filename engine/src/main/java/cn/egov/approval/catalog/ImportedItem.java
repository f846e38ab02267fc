package cn.egov.approval.catalog;

import java.util.List;

/**
 * An item read from the workbook, with the rows its parts came from so that problems
 * found later can be reported against the right row.
 *
 * @param row the item's row in sheet 事项
 * @param request the item as a request
 * @param materialRows the row in sheet 材料 of each material, in order
 * @param feeRows the row in sheet 收费 of each fee, in order
 */
record ImportedItem(int row, ItemRequest request, List<Integer> materialRows, List<Integer> feeRows) {

	/** Where a problem found by the validator belongs in the workbook. */
	ImportProblem locate(FieldProblem problem) {
		String field = problem.field();
		if (field.startsWith("materials[")) {
			return inList(WorkbookLayout.MATERIALS, this.materialRows, field, problem);
		}
		if (field.startsWith("fees[")) {
			return inList(WorkbookLayout.FEES, this.feeRows, field, problem);
		}
		return ImportProblem.of(WorkbookLayout.ITEMS, this.row, problem);
	}

	private static ImportProblem inList(String sheet, List<Integer> rows, String field, FieldProblem problem) {
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, close));
		String inner = (close + 2 <= field.length()) ? field.substring(close + 2) : "name";
		return new ImportProblem(sheet, rows.get(index), inner, problem);
	}

}
