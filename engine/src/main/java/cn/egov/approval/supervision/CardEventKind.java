package cn.egov.approval.supervision;

/** What a card's history records. */
public enum CardEventKind {

	/** The card was opened for a warning. */
	OPENED,
	/** A supervision notice was issued. */
	NOTICE_ISSUED,
	/** The department confirmed, explained and recorded its rectification. */
	CONFIRMED,
	/** The department appealed. */
	APPEALED,
	/** The department let the limit pass; the card went to the bureau. */
	ESCALATED,
	/** The bureau rejected the appeal: the department must rectify. */
	APPEAL_REJECTED,
	/** The bureau sent the card back with instructions (再监察). */
	RESUPERVISED,
	/** The bureau accepted and closed the card. */
	CLOSED

}
