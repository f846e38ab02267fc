package cn.egov.approval.catalog;

import java.time.LocalDateTime;

/**
 * One version of an item as stored ({@code cat_item_version}), with the department's name
 * joined in. Times are local times in Asia/Shanghai, the platform's one zone.
 */
record VersionRow(String code, int versionNo, String status, boolean latest, String name, String kind,
		String departmentCode, String departmentName, String parentCode, String elCertificate, String elApprovalType,
		String elLegalBasis, String elConditions, String elAcceptingBody, String elDecidingBody, String elProcedure,
		String elForms, String elAnnualReview, String elEnquiry, Integer statutoryLimitValue, String statutoryLimitUnit,
		Integer promisedLimitValue, String promisedLimitUnit, boolean onTheSpot, boolean parallelApproval,
		String approvingLeaderRole, String reviewingSection, String handlers, String processKey,
		LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime publishedAt, String updatedBy) {

	ItemStatus itemStatus() {
		return ItemStatus.valueOf(this.status);
	}

}
