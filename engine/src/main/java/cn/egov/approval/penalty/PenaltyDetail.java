package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.List;

import cn.egov.approval.casework.CaseDetail.TimelineEntry;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.penalty.PenaltyRecords.Evidence;
import cn.egov.approval.penalty.PenaltyRecords.Hearing;
import cn.egov.approval.penalty.PenaltyRecords.Officer;
import cn.egov.approval.penalty.PenaltyRecords.Pause;
import cn.egov.approval.penalty.PenaltyRecords.Payment;
import cn.egov.approval.penalty.PenaltyRecords.Statement;

/**
 * A penalty case as the officer views show it.
 *
 * @param file the case
 * @param citation the legal basis as cited
 * @param openSteps the user tasks open now (BPMN ids)
 * @param officers the officers on the case
 * @param evidence its evidence records
 * @param statements the party's statements
 * @param hearing the hearing, if one was asked for
 * @param pauses time not counted
 * @param payments fine payments
 * @param amountDue what the party owes today (fine and surcharge), or null
 * @param notices its documents
 * @param preservations evidence preserved first, oldest first
 * @param timeline what happened to the case, oldest first
 */
record PenaltyDetail(PenaltyCase file, String citation, List<String> openSteps, List<Officer> officers,
		List<Evidence> evidence, List<Statement> statements, Hearing hearing, List<Pause> pauses,
		List<Payment> payments, BigDecimal amountDue, List<StoredNotice> notices,
		List<EvidencePreservation> preservations, List<TimelineEntry> timeline) {
}
