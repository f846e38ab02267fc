package cn.egov.approval.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code GET /api/cases}. */
public record CaseSummary(String caseNo, String itemCode, String itemName, CaseDetail.Named department,
		String applicantName, String status, String decision, OffsetDateTime receivedAt, LocalDate promisedDeadline,
		LocalDate statutoryDeadline, Integer workingDaysLeft, boolean overdue) {

	/** A page of cases with the total the query matches. */
	public record Page(List<CaseSummary> items, long total) {
	}

}
