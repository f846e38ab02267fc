package cn.egov.approval.complaints;

import java.time.Instant;

/**
 * Published inside the transaction that routed a complaint to its responsible department.
 *
 * @param complaintNo the complaint's number
 * @param departmentCode the department it was routed to
 * @param previousDepartmentCode the department it named before, or null when it named
 * none when filed (it is then this department's from now on)
 * @param filedAt when it was filed
 * @param routedAt when it was routed (the platform clock)
 */
public record ComplaintRouted(String complaintNo, String departmentCode, String previousDepartmentCode, Instant filedAt,
		Instant routedAt) {
}
