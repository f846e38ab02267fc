package cn.egov.approval.satisfaction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code case_rating}; times are local times in Asia/Shanghai. */
public record CaseRating(String caseNo, String departmentCode, String level, String ratingComment, String ratedBy,
		boolean selfRating, LocalDateTime ratedAt, String followUpStatus, LocalDate followUpDue,
		boolean followUpOverdue, String callbackNote, String fixNote, LocalDateTime followedUpAt, String followedUpBy,
		String processInstanceId) {
}
