package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.egov.approval.clock.PlatformClock;

/** {@code GET /api/cases/{caseNo}}: everything about a case its reader may see. */
public record CaseDetail(String caseNo, String queryCode, String itemCode, int itemVersion, String itemName,
		Named department, List<Participant> participants, Applicant applicant, String channel,
		Map<String, Object> formData, String status, String decision, OffsetDateTime receivedAt,
		OffsetDateTime acceptedAt, boolean deemedAccepted, int promisedLimitDays, int statutoryLimitDays,
		LocalDate promisedDeadline, LocalDate statutoryDeadline, Integer workingDaysLeft, int pausedWorkingDays,
		Extension extension, List<Pause> pauses, List<CaseMaterial> materials, List<CurrentStep> currentSteps, Fee fee,
		Certificate certificate, OffsetDateTime deliveredAt, OffsetDateTime closedAt, List<TimelineEntry> timeline) {

	static OffsetDateTime offset(LocalDateTime time) {
		return (time != null) ? time.atZone(PlatformClock.ZONE).toOffsetDateTime() : null;
	}

	public record Named(String code, String name) {
	}

	public record Participant(String code, String name, boolean lead, LocalDate subDeadline, String outcome,
			String opinion) {
	}

	public record Applicant(String name, String type, String idNo, String phone) {
	}

	public record Extension(int workingDays, String reason, String status, String approvedBy,
			OffsetDateTime approvedAt) {

		static Extension of(CaseFile file) {
			if (file.extensionStatus() == null) {
				return null;
			}
			return new Extension(file.extensionDays(), file.extensionReason(), file.extensionStatus(),
					file.extensionApprovedBy(), offset(file.extensionApprovedAt()));
		}

	}

	public record Pause(String id, String kind, String kindName, String reason, int expectedWorkingDays,
			OffsetDateTime startedAt, OffsetDateTime endedAt, Integer pausedWorkingDays, String startedBy) {
	}

	public record CurrentStep(String taskId, String step, String stepName, String assignee, String assigneeName) {
	}

	public record Fee(BigDecimal amount, String receiptNo, OffsetDateTime paidAt) {
	}

	public record Certificate(String number, LocalDate validFrom, LocalDate validUntil, OffsetDateTime issuedAt) {
	}

	public record TimelineEntry(OffsetDateTime at, String kind, String actor, String actorName, String step,
			String outcome, String opinion, String detail, boolean anomaly) {
	}

}
