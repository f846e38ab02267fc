package cn.egov.approval.catalog;

/**
 * A problem in one row of an imported workbook.
 *
 * @param sheet the sheet's name (事项, 材料, 收费)
 * @param row the 1-based row number as Excel shows it
 * @param field the column's field as the sheet names it ({@code promisedLimit},
 * {@code copies})
 * @param problem what is wrong, worded with the item's full field path
 */
public record ImportProblem(String sheet, int row, String field, FieldProblem problem) {

	/** A problem whose sheet field is the problem's own field. */
	static ImportProblem of(String sheet, int row, FieldProblem problem) {
		return new ImportProblem(sheet, row, problem.field(), problem);
	}

}
