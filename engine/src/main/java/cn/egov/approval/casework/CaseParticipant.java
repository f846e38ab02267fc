package cn.egov.approval.casework;

import java.time.LocalDate;

/**
 * A department taking part in a case: the lead one, and co-departments of a joint case.
 */
record CaseParticipant(String caseNo, String departmentCode, boolean isLead, Integer subLimitDays,
		LocalDate subDeadline, String opinion, String outcome) {
}
