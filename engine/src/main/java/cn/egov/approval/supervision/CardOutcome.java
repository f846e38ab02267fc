package cn.egov.approval.supervision;

/** How a supervision card closed. */
public enum CardOutcome {

	/** The department confirmed and rectified; the bureau accepted the rectification. */
	RECTIFIED,

	/**
	 * The department appealed and the bureau upheld the appeal: the warning stands void.
	 */
	APPEAL_UPHELD,

	/** The department let the limit pass; the bureau closed the card itself. */
	CLOSED_AFTER_ESCALATION

}
