package cn.egov.approval.casework;

import java.time.LocalDateTime;

/** One entry of a case's timeline. */
record CaseEvent(Long id, String caseNo, LocalDateTime eventAt, String kind, String actor, String step, String outcome,
		String opinion, String detail, boolean anomaly) {
}
