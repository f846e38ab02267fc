package cn.egov.approval.catalog;

import java.util.List;

/** Length rules for free texts, sized to their columns. */
final class Texts {

	/** Element texts are TEXT columns; 4,000 characters is more than any guide prints. */
	static final int ELEMENT_MAX = 4000;

	private Texts() {
	}

	static void checkLength(String field, String value, int max, List<FieldProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(FieldProblem.of(field, "error.catalog.too-long", max, value.length()));
		}
	}

	static void checkElements(ItemElements elements, List<FieldProblem> problems) {
		checkLength("elements.certificate", elements.certificate(), ELEMENT_MAX, problems);
		checkLength("elements.approvalType", elements.approvalType(), ELEMENT_MAX, problems);
		checkLength("elements.legalBasis", elements.legalBasis(), ELEMENT_MAX, problems);
		checkLength("elements.conditions", elements.conditions(), ELEMENT_MAX, problems);
		checkLength("elements.acceptingBody", elements.acceptingBody(), ELEMENT_MAX, problems);
		checkLength("elements.decidingBody", elements.decidingBody(), ELEMENT_MAX, problems);
		checkLength("elements.procedure", elements.procedure(), ELEMENT_MAX, problems);
		checkLength("elements.forms", elements.forms(), ELEMENT_MAX, problems);
		checkLength("elements.annualReview", elements.annualReview(), ELEMENT_MAX, problems);
		checkLength("elements.enquiry", elements.enquiry(), ELEMENT_MAX, problems);
	}

}
