package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A penalty case: its {@code case_file} row (the party in the applicant's columns) joined
 * with its {@code penalty_case} row. Times are local times in Asia/Shanghai.
 */
record PenaltyCase(String caseNo, String itemCode, String itemName, String departmentCode, String regionCode,
		String partyName, String partyIdNo, String partyPhone, String createdBy, String processInstanceId,
		String status, LocalDateTime receivedAt, int promisedLimitDays, LocalDate promisedDeadline,
		LocalDate statutoryDeadline, String procedureKind, String legalBasis, String partyType, String facts,
		String stage, LocalDateTime openedAt, String openingApprovedBy, boolean major, boolean complex,
		BigDecimal goodsValue, String liabilityOutcome, Integer outcomeBenchmarkVersion, Integer bandBenchmarkVersion,
		BigDecimal statutoryMin, BigDecimal statutoryMax, BigDecimal bandMin, BigDecimal bandMax, String proposedKind,
		BigDecimal proposedFine, String outOfBandReason, String headOutcome, String legalReviewOpinion,
		String legalReviewedBy, String notifiedKind, BigDecimal notifiedFine, LocalDateTime priorNoticeAt,
		LocalDate statementDue, String statementStatus, boolean heard, int pausedDays, int extensionDays,
		String extensionApprovedBy, String decidedKind, BigDecimal decidedFine, LocalDateTime decidedAt,
		String decidedBy, String deliveryMethod, LocalDateTime deliveredAt, LocalDate paymentDue,
		LocalDateTime demandIssuedAt, BigDecimal paidTotal, LocalDateTime paidAt, String closedOutcome,
		LocalDate enforcementOpensAfter, LocalDate enforcementLastDay, String enforcementOutcome,
		String enforcementCourt, LocalDate enforcementAppliedOn, String enforcementCourtReference,
		String enforcementOpinion, String enforcementAnsweredBy, LocalDateTime enforcementAnsweredAt) {

	PartyType party() {
		return PartyType.valueOf(this.partyType);
	}

	boolean simplified() {
		return "SIMPLIFIED".equals(this.procedureKind);
	}

	/** The fine the decision imposes, zero for a warning or no penalty. */
	BigDecimal fine() {
		return (this.decidedFine != null) ? this.decidedFine : BigDecimal.ZERO;
	}

}
