package cn.egov.approval.levy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import cn.egov.approval.casework.CaseRecords;
import cn.egov.approval.clock.PlatformClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The way to the people's court when a written demand goes unheeded
 * ({@code processes/levy-standard.bpmn}: {@code DemandPeriodPassed},
 * {@code ApplyForEnforcement}, {@code RecordEnforcement}). A levy agency has no
 * enforcement power of its own: it applies to the court (ACL 53) once the demand has been
 * served and the payer has still not paid 10 days later (ACL 54).
 */
@Component("levyEnforcement")
public class LevyEnforcement {

	/** ACL 54: the days a served demand leaves the payer before the agency may apply. */
	static final int DEMAND_PERIOD_DAYS = 10;

	private final CaseRecords records;

	private final LevyMapper mapper;

	private final Clock clock;

	LevyEnforcement(CaseRecords records, LevyMapper mapper, Clock clock) {
		this.records = records;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** The working days a demand gives the payer to pay, as the demand states. */
	static final int DEMAND_PAYMENT_WORKING_DAYS = 10;

	/**
	 * When the section head is asked to apply: once the day the demand names for payment
	 * has passed, and no earlier than the end of the 10th calendar day after the demand's
	 * day (ACL 54). The platform serves the demand the day it issues it, and the day of
	 * service does not count, so a demand of 22 December leaves the payer at least until
	 * the end of 1 January; the demand's own 10 working days usually run longer, and the
	 * court must not be asked before the payer's time under the demand is up.
	 * @param caseNo the case
	 * @return the timer date of {@code DemandPeriodPassed}
	 */
	public Date applicationAt(String caseNo) {
		LocalDate served = this.mapper.find(caseNo).map(LevyAssessment::demandedAt).orElseThrow().toLocalDate();
		LocalDate afterStatutoryPeriod = served.plusDays(DEMAND_PERIOD_DAYS + 1L);
		LocalDate afterPayBy = demandPayBy(this.records, caseNo, served).plusDays(1);
		LocalDate day = afterPayBy.isAfter(afterStatutoryPeriod) ? afterPayBy : afterStatutoryPeriod;
		return Date.from(day.atStartOfDay(PlatformClock.ZONE).toInstant());
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
