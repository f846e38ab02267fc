package cn.egov.approval.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What anyone holding a case number and its query code may see: progress, no personal
 * data, no opinions.
 */
public record PublicProgress(String caseNo, String itemName, String departmentName, String status, String decision,
		OffsetDateTime receivedAt, OffsetDateTime acceptedAt, LocalDate promisedDeadline, List<String> currentStepNames,
		List<Entry> timeline) {

	public record Entry(OffsetDateTime at, String kind) {
	}

}
