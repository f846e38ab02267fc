package cn.egov.approval.casework;

/** Names of the process variables the licensing processes and the platform share. */
final class ProcessVariables {

	static final String CASE_NO = "caseNo";

	static final String DEPARTMENT = "departmentCode";

	/** The roles of the approval chain after the pre-check, comma-separated. */
	static final String CHAIN = "chain";

	static final String STEP_INDEX = "stepIndex";

	static final String CURRENT_ROLE = "currentRole";

	static final String CURRENT_STEP_NAME = "currentStepName";

	static final String CHAIN_RESULT = "chainResult";

	static final String DECISION = "decision";

	static final String FEE_DUE = "feeDue";

	static final String ON_THE_SPOT = "onTheSpot";

	/** Who completed the last task: the actor of the service tasks that follow it. */
	static final String ACTOR = "actor";

	static final String OUTCOME = "outcome";

	static final String OPINION = "opinion";

	static final String PARTICIPANT = "participantDepartment";

	/** The catalog item and version the case runs (read by e-supervision). */
	static final String ITEM_CODE = "itemCode";

	static final String ITEM_VERSION = "itemVersion";

	/** The fee charged, as a plain decimal (read by e-supervision). */
	static final String FEE_AMOUNT = "feeAmount";

	/** The special procedure pausing the legal clock, or null (read by e-supervision). */
	static final String CLOCK_PAUSED = "clockPaused";

	private ProcessVariables() {
	}

}
