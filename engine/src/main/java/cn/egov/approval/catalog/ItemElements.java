package cn.egov.approval.catalog;

/**
 * The item elements (事项要素, domain.md §5) that are plain text: all of the 14 except the
 * name, materials, time limit and fees, which have their own structure. "无" is a valid
 * text where an element does not apply.
 */
public record ItemElements(String certificate, String approvalType, String legalBasis, String conditions,
		String acceptingBody, String decidingBody, String procedure, String forms, String annualReview,
		String enquiry) {

	static final ItemElements EMPTY = new ItemElements(null, null, null, null, null, null, null, null, null, null);

}
