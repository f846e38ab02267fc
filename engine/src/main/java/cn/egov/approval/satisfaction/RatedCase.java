package cn.egov.approval.satisfaction;

/** What rating needs to know of a case ({@code case_file}). */
record RatedCase(String caseNo, String queryCode, String departmentCode, String status, String createdBy,
		String applicantPhone) {

	/** Ended cases may be rated: closed, or not accepted. */
	boolean ended() {
		return "CLOSED".equals(this.status) || "NOT_ACCEPTED".equals(this.status);
	}

}
