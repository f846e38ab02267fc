package cn.egov.approval.complaints;

/**
 * A complaint as the portal form or a member of staff sends it.
 *
 * @param channel {@code PHONE} or {@code VISIT} when staff record it; the portal's
 * complaints are always {@code WEB}
 * @param complainantName who complains (optional online)
 * @param phone the mobile number feedback goes to
 * @param caseNo the case complained about, if any
 * @param queryCode the case's query code, required with a case number online
 * @param departmentCode the department complained about, if known
 * @param staffName the member of staff complained about, if known
 * @param subject a short title
 * @param content what happened
 */
public record ComplaintRequest(String channel, String complainantName, String phone, String caseNo, String queryCode,
		String departmentCode, String staffName, String subject, String content) {
}
