package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code complaint}; times are local times in Asia/Shanghai. */
record Complaint(String complaintNo, String queryCode, String channel, String complainantName, String complainantPhone,
		String caseNo, String departmentCode, String staffName, String regionCode, String bureauCode, String subject,
		String content, String status, String filedBy, LocalDateTime filedAt, LocalDate acceptanceDue,
		boolean acceptanceOverdue, boolean escalated, LocalDateTime decidedAt, String decidedBy, String decisionReason,
		LocalDateTime routedAt, String routedBy, LocalDate handlingDue, boolean handlingOverdue, String result,
		LocalDateTime resultAt, String resultBy, LocalDateTime closedAt, String rating, String ratingComment,
		LocalDateTime ratedAt, String processInstanceId) {

	static final String REGISTERED = "REGISTERED";

	static final String ACCEPTED = "ACCEPTED";

	static final String ROUTED = "ROUTED";

	static final String REJECTED = "REJECTED";

	static final String HANDLED = "HANDLED";

	static Complaint filed(String complaintNo, String queryCode, String channel, Complainant complainant, String caseNo,
			String departmentCode, String regionCode, String bureauCode, String subject, String content, String filedBy,
			LocalDateTime filedAt) {
		return new Complaint(complaintNo, queryCode, channel, complainant.name(), complainant.phone(), caseNo,
				departmentCode, complainant.staffName(), regionCode, bureauCode, subject, content, REGISTERED, filedBy,
				filedAt, null, false, false, null, null, null, null, null, null, false, null, null, null, null, null,
				null, null, null);
	}

	boolean overdue() {
		return this.acceptanceOverdue || this.handlingOverdue;
	}

	/**
	 * Who complains and about whom, as far as known.
	 *
	 * @param name the complainant's name
	 * @param phone the mobile number feedback goes to
	 * @param staffName the member of staff complained about, as named
	 */
	record Complainant(String name, String phone, String staffName) {
	}

}
