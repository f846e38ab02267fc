package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.egov.approval.penalty.DiscretionBenchmarks.LiabilityFactors;

/** What the penalty officer views send, one record per form. */
final class PenaltyRequests {

	private PenaltyRequests() {
	}

	/** 当事人: a citizen (resident id) or an organisation (unified social credit code). */
	record Party(String name, String type, String idNo, String phone) {
	}

	/** A case source filed for opening under the general procedure. */
	record Filing(String itemCode, String legalBasis, Party party, String facts, String secondOfficer) {
	}

	/** A penalty decided on the spot (simplified procedure). */
	record OnTheSpot(String itemCode, String legalBasis, Party party, String facts, String penaltyKind, BigDecimal fine,
			String secondOfficer) {
	}

	record EvidenceRecord(String kind, String description, String secondOfficer) {
	}

	/** The head's or leader's answer: approve or not, with an opinion. */
	record Answer(Boolean approve, String opinion) {
	}

	/** The investigation's result: the circumstances, and the penalty proposed. */
	record Proposal(LiabilityFactors factors, BigDecimal goodsValue, Boolean major, Boolean complex, String penaltyKind,
			BigDecimal fine, String outOfBandReason) {
	}

	/** The benchmark for a legal basis and circumstances, before anything is proposed. */
	record BenchmarkQuery(String legalBasis, BigDecimal goodsValue, LiabilityFactors factors) {
	}

	/** The head's review (APL 57): PENALISE, NO_PENALTY, NOT_ESTABLISHED or TRANSFER. */
	record Review(String outcome, String opinion) {
	}

	/**
	 * The end of the statement period: WAIVE (the party has said all, or waives in
	 * writing) or REQUEST_HEARING with the hearing's time, place and host.
	 */
	record StatementAnswer(String outcome, String content, LocalDateTime hearingAt, String place, String host) {
	}

	record HearingRecord(String record) {
	}

	record Decision(String penaltyKind, BigDecimal fine) {
	}

	record Delivery(String method) {
	}

	record FinePayment(String method, String reference) {
	}

	/**
	 * The answer to the enforcement task: APPLIED with the court (required), the date of
	 * the application (today when left out), the court's filing reference and an opinion
	 * (both optional), or NOT_APPLIED with the reason (required).
	 */
	record EnforcementAnswer(String outcome, String court, LocalDate appliedOn, String courtReference, String opinion,
			String reason) {
	}

	record PauseRequest(String kind, String reason) {
	}

	record ExtensionRequest(String reason) {
	}

	/**
	 * Evidence to register and preserve first (APL 56): what, one item per line, and why.
	 */
	record PreservationRequest(String items, String reason) {
	}

	/** The head's answer to a preservation; refusing needs an opinion. */
	record PreservationAnswer(Boolean approved, String opinion) {
	}

	/** What becomes of preserved evidence ({@link EvidencePreservation#DECISIONS}). */
	record PreservationDecision(String decision, String note) {
	}

}
