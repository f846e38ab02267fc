package cn.egov.approval.casework;

/** Where a case stands, as the API and the public look-up show it. */
public enum CaseStatus {

	RECEIVED, CORRECTION_REQUESTED, IN_PROGRESS, PAUSED, DECIDED, CLOSED, NOT_ACCEPTED;

	/** Whether a special procedure may start or the limit be extended. */
	boolean isHandling() {
		return this == IN_PROGRESS || this == PAUSED;
	}

	/** Whether the applicant may still add materials. */
	boolean acceptsMaterials() {
		return this == RECEIVED || this == CORRECTION_REQUESTED;
	}

}
