package cn.egov.approval.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A scoped case query: the caller's scope is part of it, never a filter the caller can
 * drop.
 *
 * @param departments departments whose cases (as lead or participant) may be listed, or
 * {@code null} for none by department
 * @param applicantUsername an applicant's own cases (created by or for the phone)
 * @param applicantPhone the applicant's verified phone, or {@code null}
 * @param status a status filter, or {@code null}
 * @param department a department filter, or {@code null}
 * @param overdueBefore when set, only cases not yet decided whose promised deadline is
 * before this day (overdue = true) ...
 * @param notOverdueFrom ... or only cases not overdue (overdue = false)
 * @param offset rows to skip
 * @param limit rows to return
 */
record CaseSearch(List<String> departments, String applicantUsername, String applicantPhone, String status,
		String department, LocalDate overdueBefore, LocalDate notOverdueFrom, int offset, int limit) {
}
