package cn.egov.approval.supervision;

/**
 * The anomalies (异常预警) supervision raises (domain.md §5). Which of them apply is
 * configuration: {@code dmn/warning-level.dmn} switches any of them off.
 */
public enum AnomalyKind {

	/** A step of the approval chain never signed before the decision. */
	STEP_SKIPPED,

	/**
	 * A chain step opened out of its order (not after the previous one, not a return).
	 */
	STEP_OUT_OF_ORDER,

	/** The decision is dated before the case was recorded (先批后录). */
	DECIDED_BEFORE_RECORDED,

	/** The decision was entered long after the date it carries. */
	BACKDATED,

	/** A fee other than the catalog's published standard. */
	FEE_OFF_STANDARD,

	/** A second correction notice on one case (S1 11(2)). */
	SECOND_CORRECTION,

	REFUSAL_WITHOUT_REASONS,

	NON_ACCEPTANCE_WITHOUT_REASONS,

	EXTENSION_WITHOUT_APPROVAL,

	EXTENSION_WITHOUT_NOTICE,

	/** The legal clock paused without the written special-procedure notice. */
	PAUSE_WITHOUT_NOTICE,

	/** A satisfaction rating given by staff of the handling department (S1 11(9)). */
	SELF_RATING,

	/** A case closed without its mandatory notices. */
	CLOSED_WITHOUT_NOTICES,

	/** Not decided within 5 working days of receipt: deemed accepted (ALL 32(4)). */
	DEEMED_ACCEPTANCE,

	/** A fee waived or reduced without the section head's approval. */
	WAIVER_WITHOUT_APPROVAL,

	/** A fee that the item's published catalog entry does not list (乱收费). */
	FEE_NOT_IN_CATALOG,

	/** A case with a fee due closed with no payment in the ledger (体外收费). */
	FEE_OUTSIDE_LEDGER,

	/** A fiscal receipt number voided. */
	RECEIPT_VOIDED,

	/** Fiscal receipt numbers passed over (跳号). */
	RECEIPT_SKIPPED,

	/** A window's day whose receipts, money taken and deposit differ (日结不平). */
	DAILY_IMBALANCE

}
