package cn.egov.approval.supervision;

import java.time.LocalDate;

/**
 * A warning about to be raised: raised once per case, kind and deadline.
 *
 * @param caseNo the case
 * @param departmentCode the answerable department
 * @param kind what happened
 * @param context where it was seen (ENGINE, EXCHANGE, CARD), for the level table
 * @param deadline the deadline it is about, or {@code null} for an anomaly
 * @param deadlineKey what tells two warnings of one kind apart when no deadline does
 * (e.g. a card id), or {@code null}
 * @param detail what happened, in words
 * @param factId the fact it was raised from, or {@code null}
 */
public record WarningCandidate(String caseNo, String departmentCode, String kind, String context, LocalDate deadline,
		String deadlineKey, String detail, Long factId) {

	/** No deadline: an anomaly, raised once per case and kind. */
	static final String NONE = "-";

	String key() {
		if (this.deadlineKey != null) {
			return this.deadlineKey;
		}
		return (this.deadline != null) ? this.deadline.toString() : NONE;
	}

}
