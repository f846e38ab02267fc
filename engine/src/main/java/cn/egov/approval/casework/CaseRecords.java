package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.StoredNotice;

import org.springframework.stereotype.Component;

/**
 * The shared case model for case types whose processes live in other features (levy,
 * later penalty): their steps write the case file, its timeline and its notices through
 * this, in the engine's transaction, so those cases appear in case lists, supervision and
 * scores like licensing ones.
 */
@Component
public class CaseRecords {

	private final CaseMapper mapper;

	private final CaseClock clock;

	private final CaseTimeline timeline;

	private final CaseNotices notices;

	CaseRecords(CaseMapper mapper, CaseClock clock, CaseTimeline timeline, CaseNotices notices) {
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
	}

	/**
	 * Reads a case under its row lock.
	 * @param caseNo the case
	 * @return what other features read of it
	 */
	public CaseView lock(String caseNo) {
		CaseFile file = file(caseNo);
		return new CaseView(file.caseNo(), file.itemCode(), file.itemVersion(), file.itemName(), file.departmentCode(),
				file.applicantName(), file.formData(), file.feeAmount(), file.feeReceiptNo(), file.promisedDeadline(),
				file.status());
	}

	/**
	 * The agency opened the case itself (a levy is assessed, not applied for): the legal
	 * clock starts now.
	 */
	public void startClock(String caseNo, String actor) {
		CaseFile file = file(caseNo);
		this.mapper.accept(caseNo, this.timeline.now(), false, null, null, CaseStatus.IN_PROGRESS.name());
		this.clock.store(this.mapper.find(caseNo).orElseThrow());
		this.timeline.record(file.caseNo(), EventKind.ACCEPTED, actor, "立案，开始计时", false);
	}

	/**
	 * Appends to the timeline.
	 * @param kind an event kind: ACCEPTED, LEVY_ASSESSED, OVERRIDE_REQUESTED,
	 * OVERRIDE_APPROVED, OVERRIDE_REFUSED, FEE_REQUESTED, FEE_PAID, FEE_VOIDED,
	 * DEMAND_ISSUED, EXEMPTED ...
	 */
	public void record(String caseNo, String kind, String actor, String step, String outcome, String opinion,
			String detail, boolean anomaly) {
		this.timeline.record(caseNo, EventKind.valueOf(kind), actor, step, outcome, opinion, detail, anomaly);
	}

	/**
	 * The consolidated bill is set: the case is decided (assessed or exempted) and owes
	 * this. Its decision column stays empty: it holds licensing decisions only.
	 */
	public void bill(String caseNo, BigDecimal amount) {
		this.mapper.requestFee(caseNo, amount);
		this.mapper.setStatus(caseNo, CaseStatus.DECIDED.name());
	}

	public void recordPayment(String caseNo, String receiptNo) {
		this.mapper.recordPayment(caseNo, receiptNo, this.timeline.now());
	}

	public void close(String caseNo, String actor) {
		this.mapper.close(caseNo, CaseStatus.CLOSED.name(), this.timeline.now());
		this.timeline.record(caseNo, EventKind.CLOSED, actor);
	}

	/** Issues a notice of the case and records it on the timeline. */
	public StoredNotice issue(String caseNo, NoticeContent content, String actor) {
		return this.notices.issue(file(caseNo), content, actor);
	}

	/** Working days after a date, in the case's region's calendar. */
	public LocalDate workingDaysAfter(String caseNo, LocalDate from, int days) {
		return this.clock.workingDaysAfter(file(caseNo), from, days);
	}

	public LocalDate today() {
		return this.clock.today();
	}

	private CaseFile file(String caseNo) {
		return this.mapper.lock(caseNo).orElseThrow(() -> new IllegalStateException("No case " + caseNo));
	}

	/**
	 * What other features read of a case.
	 */
	public record CaseView(String caseNo, String itemCode, int itemVersion, String itemName, String departmentCode,
			String applicantName, String formData, BigDecimal feeAmount, String feeReceiptNo,
			LocalDate promisedDeadline, String status) {
	}

}
