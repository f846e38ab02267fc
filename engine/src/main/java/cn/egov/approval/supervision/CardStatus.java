package cn.egov.approval.supervision;

/** Where a supervision card stands. */
public enum CardStatus {

	/** Opened; its process starts in a job of its own. */
	OPENED,

	/** The department's supervisor must confirm and explain, or appeal. */
	AWAITING_DEPARTMENT,

	/** The supervision bureau reviews the answer (or the lack of one). */
	AWAITING_REVIEW,

	/** Closed with an outcome. */
	CLOSED

}
