package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A case as stored in {@code case_file}; times are local times in Asia/Shanghai. */
record CaseFile(String caseNo, String queryCode, String itemCode, int itemVersion, String itemName,
		String departmentCode, String regionCode, boolean joint, boolean onTheSpot, String channel,
		String applicantName, String applicantType, String applicantIdNo, String applicantPhone, String createdBy,
		String formData, String processInstanceId, String status, String decision, LocalDateTime receivedAt,
		LocalDateTime acceptedAt, boolean deemedAccepted, int promisedLimitDays, int statutoryLimitDays,
		String limitUnit, LocalDate promisedDeadline, LocalDate statutoryDeadline, int pausedWorkingDays,
		int correctionCount, LocalDate correctionDeadline, Integer extensionDays, String extensionReason,
		String extensionStatus, String extensionApprovedBy, LocalDateTime extensionApprovedAt, BigDecimal feeAmount,
		String feeReceiptNo, LocalDateTime feePaidAt, LocalDateTime decidedAt, String certificateNo,
		LocalDate certificateValidFrom, LocalDate certificateValidUntil, LocalDateTime certificateIssuedAt,
		String deliveryMethod, LocalDateTime deliveredAt, LocalDateTime closedAt) {

	CaseStatus caseStatus() {
		return CaseStatus.valueOf(this.status);
	}

	boolean calendarDays() {
		return "CALENDAR_DAYS".equals(this.limitUnit);
	}

	int extension() {
		return ("APPROVED".equals(this.extensionStatus) && this.extensionDays != null) ? this.extensionDays : 0;
	}

}
