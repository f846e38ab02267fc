package cn.egov.approval.levy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import cn.egov.approval.casework.CaseRecords;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.enforcement.EnforcementWindow;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The way to the people's court when a written demand goes unheeded
 * ({@code processes/levy-standard.bpmn}: {@code DemandPeriodPassed},
 * {@code ApplyForEnforcement}, {@code RecordEnforcement}). A levy agency has no
 * enforcement power of its own: it applies to the court once the demand has been served
 * and the payer has still not paid 10 days later (ACL 54), and only within the three
 * months after the payer's time to sue has run out (ACL 53; the Supreme People's Court's
 * interpretation of the Administrative Litigation Law, art. 156): six months from the
 * payment notice's delivery (ALL 46), which here is the day the platform issues it
 * ({@link EnforcementWindow}, as for fines).
 */
@Component("levyEnforcement")
public class LevyEnforcement {

	private final CaseRecords records;

	private final LevyMapper mapper;

	private final NoticeService notices;

	private final Clock clock;

	LevyEnforcement(CaseRecords records, LevyMapper mapper, NoticeService notices, Clock clock) {
		this.records = records;
		this.mapper = mapper;
		this.notices = notices;
		this.clock = clock;
	}

	/** The working days a demand gives the payer to pay, as the demand states. */
	static final int DEMAND_PAYMENT_WORKING_DAYS = 10;

	/**
	 * When the section head is asked to apply: at the start of the window's first day
	 * ({@link EnforcementWindow}), or of the day after the one the demand names for
	 * payment if that is later.
	 * @param caseNo the case
	 * @return the timer date of {@code DemandPeriodPassed}
	 */
	public Date applicationAt(String caseNo) {
		LocalDate served = demandedOn(caseNo);
		LocalDate afterPayBy = demandPayBy(this.records, caseNo, served).plusDays(1);
		LocalDate first = window(caseNo, served).firstDay();
		LocalDate day = afterPayBy.isAfter(first) ? afterPayBy : first;
		return Date.from(day.atStartOfDay(PlatformClock.ZONE).toInstant());
	}

	/**
	 * The application's last day, the due date of {@code ApplyForEnforcement}.
	 * @param caseNo the case
	 * @return the end of that day
	 */
	public Date applicationDeadline(String caseNo) {
		LocalDate last = window(caseNo, demandedOn(caseNo)).lastDay();
		return Date.from(last.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant().minusSeconds(1));
	}

	private LocalDate demandedOn(String caseNo) {
		return this.mapper.find(caseNo).map(LevyAssessment::demandedAt).orElseThrow().toLocalDate();
	}

	/** The window from the payment notice's delivery and the demand's day. */
	private EnforcementWindow window(String caseNo, LocalDate demandedOn) {
		Instant delivered = this.notices.findByCase(caseNo)
			.stream()
			.filter((notice) -> LevyNoticeType.LEVY_PAYMENT.name().equals(notice.type()))
			.map(StoredNotice::createdAt)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Levy " + caseNo + " has no payment notice"));
		return EnforcementWindow.of(LocalDate.ofInstant(delivered, PlatformClock.ZONE), demandedOn);
	}

	/**
	 * The last day to pay that a demand of the given day names.
	 * @param records the case records, for the case's working-day calendar
	 * @param caseNo the case
	 * @param demandedOn the demand's day
	 * @return that day
	 */
	static LocalDate demandPayBy(CaseRecords records, String caseNo, LocalDate demandedOn) {
		return records.workingDaysAfter(caseNo, demandedOn, DEMAND_PAYMENT_WORKING_DAYS);
	}

	/**
	 * Records the section head's answer (checked by casework's task completion) on the
	 * levy and on the case's timeline. Either way the case stays open until the money
	 * arrives: a court that enforces collects it through the fee ledger like any payment.
	 */
	public void record(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String actor = LevyInput.actor(execution);
		this.records.lock(caseNo);
		boolean applied = LevyEnforcementDecision.APPLIED.equals(execution.getVariable("outcome"));
		String appliedOn = LevyInput.text(execution.getVariable("appliedOn"));
		LevyEnforcementDecision decision = new LevyEnforcementDecision(caseNo,
				applied ? LevyEnforcementDecision.APPLIED : LevyEnforcementDecision.NOT_APPLIED,
				applied ? LevyInput.text(execution.getVariable("courtName")) : null,
				(applied && appliedOn != null) ? LocalDate.parse(appliedOn) : null,
				applied ? LevyInput.text(execution.getVariable("courtReference")) : null,
				applied ? null : LevyInput.text(execution.getVariable("notAppliedReason")),
				LevyInput.text(execution.getVariable("opinion")), actor,
				LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0));
		this.mapper.insertEnforcement(decision);
		this.records.record(caseNo, applied ? "ENFORCEMENT_APPLIED" : "ENFORCEMENT_NOT_APPLIED", actor,
				"enforcement-application", decision.outcome(), decision.opinion(), detail(decision), false);
	}

	private static String detail(LevyEnforcementDecision decision) {
		if (!decision.applied()) {
			return "不申请强制执行：" + decision.notAppliedReason();
		}
		return decision.appliedOn() + " 向" + decision.courtName() + "申请强制执行"
				+ ((decision.courtReference() != null) ? "，案号 " + decision.courtReference() : "");
	}

}
