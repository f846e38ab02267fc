package cn.egov.approval.catalog;

import java.util.List;

/** Turns workbook rows into requests and their parts. */
final class ItemRowParser {

	private ItemRowParser() {
	}

	static ItemRequest parse(RowValues row) {
		ItemElements elements = new ItemElements(row.text("elements.certificate"), row.text("elements.approvalType"),
				row.text("elements.legalBasis"), row.text("elements.conditions"), row.text("elements.acceptingBody"),
				row.text("elements.decidingBody"), row.text("elements.procedure"), row.text("elements.forms"),
				row.text("elements.annualReview"), row.text("elements.enquiry"));
		String department = row.text("department");
		return new ItemRequest(row.text("code"), row.text("name"), row.text("kind"),
				(department != null) ? new DepartmentRef(department, null) : null, row.text("parentCode"), elements,
				limit(row, "statutoryLimit"), limit(row, "promisedLimit"), row.bool("onTheSpot", false),
				row.bool("parallelApproval", false), row.list("applicantTypes", ","), row.text("approvingLeaderRole"),
				row.text("reviewingSection"), row.text("handlers"), row.list("steps", WorkbookLayout.LINE), List.of(),
				List.of(), row.text("processKey"),
				new ProcessParameters(row.list("processParameters.approvalChain", WorkbookLayout.LINE)));
	}

	static Material material(RowValues row, String path) {
		RowValues values = row.within(path);
		return new Material(values.text("name"), values.text("form"), values.integer("copies"),
				values.bool("required", true), values.text("note"), null);
	}

	static Fee fee(RowValues row, String path) {
		RowValues values = row.within(path);
		return new Fee(values.text("name"), values.text("standard"), values.decimal("amount"), values.text("formula"),
				values.text("legalBasis"));
	}

	private static TimeLimit limit(RowValues row, String field) {
		Integer value = row.integer(field + ".value");
		String unit = row.text(field + ".unit");
		return (value == null && unit == null) ? null : new TimeLimit(value, unit);
	}

}
