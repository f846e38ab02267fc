package cn.egov.approval.supervision;

/**
 * What a supervision fact says happened. Both sources use the same kinds and payload
 * keys, so that warnings and scores do not care where a fact came from.
 */
public enum SupervisionFactKind {

	/**
	 * The case was recorded (received); payload {@code itemCode}, {@code itemVersion}.
	 */
	CASE_STARTED,

	/**
	 * The case ended; payload {@code end} (APPROVED, REFUSED, NOT_ACCEPTED, WITHDRAWN).
	 */
	CASE_ENDED,

	/**
	 * A step was opened; {@code step}, payload {@code index}, {@code chain} for the
	 * chain.
	 */
	TASK_CREATED,

	/** A step was given to someone ({@code actor}). */
	TASK_ASSIGNED,

	/** A step was signed; payload {@code outcome}, {@code opinion}, {@code reason} ... */
	TASK_COMPLETED,

	/**
	 * A time limit was reached; payload {@code limit} (REMINDER, PROMISED, STATUTORY,
	 * SUB, CERTIFICATE, PRESERVATION for evidence preserved and not decided on),
	 * {@code deadline} (ISO date) and, for a limit on one of several things of a case,
	 * {@code subject} (the warning's key); {@code department} answers for it.
	 */
	LIMIT_REACHED,

	/** A one-time correction notice was requested. */
	CORRECTION_REQUESTED,

	/** Not decided within 5 working days: deemed accepted (ALL 32(4)). */
	DEEMED_ACCEPTED,

	/** Not accepted; payload {@code reason}. */
	NOT_ACCEPTED,

	/** Decided; payload {@code decision} (APPROVED, REFUSED), {@code reasons}. */
	DECIDED,

	/** A fee was charged; payload {@code amount}. */
	FEE_ASSESSED,

	/** The legal clock was paused; payload {@code procedure}, {@code noticeSerialNo}. */
	PAUSE_STARTED,

	/** The limit was extended; payload {@code approvedBy}, {@code noticeSerialNo}. */
	EXTENSION_GRANTED,

	/** Another feature reported an anomaly; payload {@code anomaly}, {@code detail}. */
	ANOMALY_REPORTED

}
