package cn.egov.approval.complaints;

import java.time.Instant;

/**
 * Published (as a Spring application event) inside the transaction that filed a
 * complaint, once per complaint, so that scores can count complaints per department.
 *
 * @param complaintNo the complaint's number
 * @param departmentCode the department complained about, or null when the complainant did
 * not know it (the bureau routes it later; {@link ComplaintClosed} names it then)
 * @param caseNo the case it concerns, or null
 * @param channel {@code WEB}, {@code PHONE} or {@code VISIT}
 * @param filedAt when it was filed (the platform clock)
 */
public record ComplaintFiled(String complaintNo, String departmentCode, String caseNo, String channel,
		Instant filedAt) {
}
