package cn.egov.approval.catalog;

import java.util.List;

/** The value of each workbook column for an item, a material or a fee. */
final class ItemCells {

	private ItemCells() {
	}

	static Object item(Item item, String field) {
		ItemElements e = item.elements();
		return switch (field) {
			case "code" -> item.code();
			case "name" -> item.name();
			case "kind" -> item.kind();
			case "department" -> item.department().code();
			case "departmentName" -> item.department().name();
			case "parentCode" -> item.parentCode();
			case "status" -> item.status();
			case "version" -> item.version();
			case "elements.certificate" -> e.certificate();
			case "elements.approvalType" -> e.approvalType();
			case "elements.legalBasis" -> e.legalBasis();
			case "elements.conditions" -> e.conditions();
			case "elements.acceptingBody" -> e.acceptingBody();
			case "elements.decidingBody" -> e.decidingBody();
			case "elements.procedure" -> e.procedure();
			case "elements.forms" -> e.forms();
			case "elements.annualReview" -> e.annualReview();
			case "elements.enquiry" -> e.enquiry();
			default -> more(item, field);
		};
	}

	private static Object more(Item item, String field) {
		return switch (field) {
			case "statutoryLimit.value" -> (item.statutoryLimit() != null) ? item.statutoryLimit().value() : null;
			case "statutoryLimit.unit" -> (item.statutoryLimit() != null) ? item.statutoryLimit().unit() : null;
			case "promisedLimit.value" -> (item.promisedLimit() != null) ? item.promisedLimit().value() : null;
			case "promisedLimit.unit" -> (item.promisedLimit() != null) ? item.promisedLimit().unit() : null;
			case "onTheSpot" -> yesNo(item.onTheSpot());
			case "parallelApproval" -> yesNo(item.parallelApproval());
			case "applicantTypes" -> String.join(",", item.applicantTypes());
			case "approvingLeaderRole" -> item.approvingLeaderRole();
			case "reviewingSection" -> item.reviewingSection();
			case "handlers" -> item.handlers();
			case "steps" -> lines(item.steps());
			case "processKey" -> item.processKey();
			case "processParameters.approvalChain" -> lines(item.processParameters().approvalChain());
			default -> throw new IllegalArgumentException("No item column " + field);
		};
	}

	static Object material(Material material, String field) {
		return switch (field) {
			case "name" -> material.name();
			case "form" -> material.form();
			case "copies" -> material.copies();
			case "required" -> yesNo(!Boolean.FALSE.equals(material.required()));
			case "note" -> material.note();
			case "blankForm" -> (material.blankForm() != null) ? material.blankForm().fileName() : null;
			default -> throw new IllegalArgumentException("No material column " + field);
		};
	}

	static Object fee(Fee fee, String field) {
		return switch (field) {
			case "name" -> fee.name();
			case "standard" -> fee.standard();
			case "amount" -> fee.amount();
			case "formula" -> fee.formula();
			case "legalBasis" -> fee.legalBasis();
			default -> throw new IllegalArgumentException("No fee column " + field);
		};
	}

	private static String yesNo(boolean value) {
		return value ? WorkbookLayout.YES : WorkbookLayout.NO;
	}

	private static String lines(List<String> values) {
		return String.join(WorkbookLayout.LINE, values);
	}

}
