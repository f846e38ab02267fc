package cn.egov.approval.supervision;

import java.time.Instant;

/**
 * Published (as a Spring application event) inside the transaction that raised a warning,
 * once per warning. Listeners that start work in the same transaction use
 * {@code @EventListener}; listeners that talk to the outside world (the live board) use
 * {@code @TransactionalEventListener} so that a rolled-back transaction publishes
 * nothing.
 *
 * @param warningId the warning's row id
 * @param caseNo the case the warning is about
 * @param departmentCode the department answerable for it
 * @param level how serious it is
 * @param kind what happened, e.g. {@code PROMISED_LIMIT_EXCEEDED} or
 * {@code SECOND_CORRECTION}
 * @param raisedAt when it was raised (the platform clock)
 */
public record WarningRaised(long warningId, String caseNo, String departmentCode, WarningLevel level, String kind,
		Instant raisedAt) {
}
