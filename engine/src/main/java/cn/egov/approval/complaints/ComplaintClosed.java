package cn.egov.approval.complaints;

import java.time.Instant;

/**
 * Published inside the transaction that closed a complaint: rejected by the bureau, or
 * handled by the department with the result fed back to the complainant.
 *
 * @param complaintNo the complaint's number
 * @param departmentCode the responsible department, or null for a complaint rejected
 * before anyone named it
 * @param outcome {@code HANDLED} or {@code REJECTED}
 * @param filedAt when it was filed
 * @param closedAt when it was closed (the platform clock)
 * @param overdue whether the bureau's 5 working days or the department's limit passed
 * before it was done
 */
public record ComplaintClosed(String complaintNo, String departmentCode, String outcome, Instant filedAt,
		Instant closedAt, boolean overdue) {
}
