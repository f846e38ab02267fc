package cn.egov.approval.complaints;

/** What a complaint needs to know of the case it concerns ({@code case_file}). */
record LinkedCase(String caseNo, String queryCode, String departmentCode, String applicantName, String applicantPhone,
		String createdBy) {
}
