package cn.egov.approval.penalty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Evidence registered and preserved first (先行登记保存, APL 56): one request, the head's
 * answer, and the officers' decision on what becomes of the evidence.
 *
 * @param id the preservation's id
 * @param caseNo the case under investigation
 * @param items what is preserved, one item per line
 * @param reason why the evidence may be lost or later hard to obtain
 * @param requestedBy the officer who asked
 * @param requestedAt when
 * @param approvedBy the head who answered
 * @param approvedAt when
 * @param approvalOpinion the head's opinion
 * @param status REQUESTED, PRESERVED, REFUSED or DECIDED
 * @param decisionKind what becomes of the evidence ({@link #DECISIONS})
 * @param decisionNote the decision in words
 * @param decidedBy the officer who decided
 * @param decidedAt when
 * @param dueDate the last working day to decide on, once preserved
 * @param overdue whether the due date passed without a decision
 * @param processInstanceId its {@code penalty-evidence-preservation} instance
 */
record EvidencePreservation(String id, String caseNo, String items, String reason, String requestedBy,
		LocalDateTime requestedAt, String approvedBy, LocalDateTime approvedAt, String approvalOpinion, String status,
		String decisionKind, String decisionNote, String decidedBy, LocalDateTime decidedAt, LocalDate dueDate,
		boolean overdue, String processInstanceId) {

	/**
	 * Return it; send it for testing, inspection or appraisal; propose its confiscation
	 * in the decision; seal or seize it under a law that allows it.
	 */
	static final List<String> DECISIONS = List.of("RETURN", "TESTING", "CONFISCATION_PROPOSED", "SEIZURE");

	static final String REQUESTED = "REQUESTED";

	static final String PRESERVED = "PRESERVED";

	static final String REFUSED = "REFUSED";

	static final String DECIDED = "DECIDED";

}
