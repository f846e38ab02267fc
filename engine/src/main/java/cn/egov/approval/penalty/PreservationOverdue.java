package cn.egov.approval.penalty;

import java.time.LocalDate;

/**
 * Published when preserved evidence was not decided on within its 7 working days (APL
 * 56), in the transaction that recorded it; e-supervision turns it into a warning.
 *
 * @param caseNo the case
 * @param departmentCode the agency answerable
 * @param preservationId the preservation
 * @param dueDate the last day the decision was due
 */
public record PreservationOverdue(String caseNo, String departmentCode, String preservationId, LocalDate dueDate) {
}
