package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows around a penalty case, as the mapper reads and writes them. */
final class PenaltyRecords {

	private PenaltyRecords() {
	}

	/** A certified law-enforcement officer (执法证). */
	record Officer(String username, String displayName, String certificateNo, LocalDate validUntil) {
	}

	/** An evidence record taken by two officers. */
	record Evidence(String id, String caseNo, String kind, String description, LocalDateTime collectedAt,
			String collectedBy, String secondOfficer) {
	}

	/** A statement, defence, waiver or hearing request of the party. */
	record Statement(String id, String caseNo, String kind, String content, LocalDateTime recordedAt,
			String recordedBy) {
	}

	record Hearing(String caseNo, LocalDateTime requestedAt, LocalDateTime scheduledFor, String place, String host,
			LocalDateTime heldAt, String record) {
	}

	/** Time the decision limit does not count. */
	record Pause(String id, String caseNo, String kind, String reason, LocalDateTime startedAt, LocalDateTime endedAt,
			Integer pausedDays) {

		boolean open() {
			return this.endedAt == null;
		}

	}

	record Payment(String id, String caseNo, BigDecimal principal, BigDecimal surcharge, LocalDateTime paidAt,
			String method, String reference, String recordedBy) {
	}

	/**
	 * The answer to the enforcement task: APPLIED to a court (with the date and, once the
	 * court has filed it, its reference) or NOT_APPLIED, the opinion then being the
	 * reason.
	 */
	record Enforcement(String caseNo, String outcome, String court, LocalDate appliedOn, String courtReference,
			String opinion, String answeredBy, LocalDateTime answeredAt) {
	}

	/**
	 * What the investigation proposes, with the benchmark it was measured against.
	 */
	record Assessment(String caseNo, boolean major, boolean complex, BigDecimal goodsValue, String liabilityOutcome,
			int outcomeBenchmarkVersion, int bandBenchmarkVersion, BigDecimal statutoryMin, BigDecimal statutoryMax,
			BigDecimal bandMin, BigDecimal bandMax, String proposedKind, BigDecimal proposedFine,
			String outOfBandReason) {
	}

	/**
	 * A {@code case_event} row of the case, with the display name of the actor's account
	 * (null for the engine and the penalty clock, which have none).
	 */
	record Event(LocalDateTime eventAt, String kind, String actor, String actorName, String step, String outcome,
			String opinion, String detail, boolean anomaly) {
	}

}
