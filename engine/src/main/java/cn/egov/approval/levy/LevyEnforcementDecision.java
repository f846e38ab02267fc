package cn.egov.approval.levy;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The section head's answer on an unheeded demand: the agency applied to the people's
 * court for compulsory enforcement (ACL 53, 54), or did not and why.
 *
 * @param outcome {@link #APPLIED} or {@link #NOT_APPLIED}
 * @param courtName the court applied to (applied only)
 * @param appliedOn the day of the application (applied only)
 * @param courtReference the court's filing reference, when already known
 * @param notAppliedReason why the agency did not apply (not applied only)
 */
record LevyEnforcementDecision(String caseNo, String outcome, String courtName, LocalDate appliedOn,
		String courtReference, String notAppliedReason, String opinion, String decidedBy, LocalDateTime decidedAt) {

	static final String APPLIED = "APPLIED";

	static final String NOT_APPLIED = "NOT_APPLIED";

	boolean applied() {
		return APPLIED.equals(this.outcome);
	}

}
