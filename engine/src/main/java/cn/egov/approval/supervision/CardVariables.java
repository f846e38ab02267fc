package cn.egov.approval.supervision;

/**
 * The supervision-card process's variables, as {@code processes/supervision-card.bpmn}
 * reads them.
 */
final class CardVariables {

	static final String PROCESS_KEY = "supervision-card";

	static final String CARD_ID = "cardId";

	static final String CASE_NO = "caseNo";

	static final String DEPARTMENT_CODE = "departmentCode";

	static final String REGION_CODE = "regionCode";

	static final String ANSWER_DAYS = "answerDays";

	static final String REVIEW_GROUPS = "reviewGroups";

	/** The department's answer: CONFIRM or APPEAL. */
	static final String ANSWER = "answer";

	/** The bureau's decision: ACCEPT, REJECT_APPEAL or RESUPERVISE. */
	static final String DECISION = "decision";

	static final String OPINION = "opinion";

	/**
	 * The accountability measures of a closure, comma-separated {@link CardMeasure}
	 * names.
	 */
	static final String MEASURES = "measures";

	static final String ACTOR = "actor";

	private CardVariables() {
	}

}
