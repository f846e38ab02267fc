package cn.egov.approval.penalty;

import java.time.LocalDateTime;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code processes/penalty-*.bpmn}: each writes the case, its
 * timeline and its documents in the engine's transaction, so a step that fails leaves
 * nothing behind. Steps after a user task read what the officer entered from the case
 * (written by {@link PenaltyTasks}) and the actor from the process variables.
 */
@Component("penaltySteps")
public class PenaltySteps {

	private final PenaltyMapper mapper;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final PenaltyNotices notices;

	private final PenaltyProperties properties;

	private final PenaltyHearings hearings;

	private final AccountDirectory accounts;

	PenaltySteps(PenaltyMapper mapper, PenaltyClock clock, PenaltyTimeline timeline, PenaltyNotices notices,
			PenaltyProperties properties, PenaltyHearings hearings, AccountDirectory accounts) {
		this.accounts = accounts;
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
		this.properties = properties;
		this.hearings = hearings;
	}

	public void recordOpening(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		boolean approved = Boolean.TRUE.equals(execution.getVariable("openingApproved"));
		String actor = actor(execution);
		this.notices.issue(file, PenaltyNoticeTexts.opening(file, basis(file), approved,
				(String) execution.getVariable("opinion"), displayName(actor)), actor);
		if (!approved) {
			close(file.caseNo(), "NOT_OPENED", "NOT_ACCEPTED", actor);
			return;
		}
		this.mapper.open(file.caseNo(), this.clock.now(), actor);
		this.mapper.setCaseAccepted(file.caseNo(), this.clock.now());
		this.clock.store(file.caseNo());
		stage(file.caseNo(), "INVESTIGATION", "OPENED", actor);
	}

	public void recordClockEvent(DelegateExecution execution, String kind) {
		this.timeline.record(caseNo(execution), kind, "penalty-clock", null);
	}

	public void issuePriorNotice(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		java.time.LocalDate due = this.clock.workingDaysAfter(file.regionCode(), this.clock.today(),
				this.properties.statementWorkingDays());
		this.mapper.setPriorNotice(file.caseNo(), file.proposedKind(), file.proposedFine(), this.clock.now(), due);
		PenaltyCase notified = find(execution);
		boolean hearing = PenaltyRules.hearingAvailable(basis(notified), notified);
		execution.setVariable("hearingAvailable", hearing);
		this.notices.issue(notified, PenaltyNoticeTexts.priorNotice(notified, basis(notified), due, hearing),
				actor(execution));
		stage(file.caseNo(), "STATEMENT", "PRIOR_NOTICE_SERVED", actor(execution));
	}

	public void closeStatementPeriod(DelegateExecution execution) {
		this.mapper.setStatementStatus(caseNo(execution), "PASSED");
		this.timeline.record(caseNo(execution), "STATEMENT_PERIOD_PASSED", "penalty-clock", null);
	}

	public void scheduleHearing(DelegateExecution execution) {
		this.hearings.schedule(find(execution), actor(execution));
	}

	public void endHearing(DelegateExecution execution) {
		this.hearings.end(find(execution), actor(execution));
	}

	public void issueDecision(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		// The user task checked this too; here it holds for any way the task was
		// completed.
		PenaltyRules.decision(file, file.decidedKind(), file.fine());
		this.notices.issue(file,
				PenaltyNoticeTexts.decision(file, basis(file), evidence(file.caseNo()), this.properties.paymentDays()),
				actor(execution));
		if (file.fine().signum() > 0) {
			this.notices.issue(file, PenaltyNoticeTexts.payment(file, this.properties.paymentDays()), actor(execution));
		}
		stage(file.caseNo(), "DELIVERY", "DECIDED", actor(execution));
	}

	public void decideExtension(DelegateExecution execution) {
		String caseNo = caseNo(execution);
		if (!Boolean.TRUE.equals(execution.getVariable("extensionApproved"))) {
			this.timeline.record(caseNo, "EXTENSION_REFUSED", actor(execution), null);
			return;
		}
		PenaltyCase file = find(execution);
		this.mapper.setDeadlines(caseNo, file.pausedDays(), this.properties.extensionDays());
		this.mapper.setExtensionApprovedBy(caseNo, actor(execution));
		this.clock.store(caseNo);
		this.clock.rearm(caseNo);
		this.timeline.record(caseNo, "EXTENSION_APPROVED", actor(execution),
				"延长 " + this.properties.extensionDays() + " 日");
	}

	public void closePenalised(DelegateExecution execution) {
		close(caseNo(execution), "PENALISED", "CLOSED", actor(execution));
	}

	public void issueNoPenaltyDecision(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		this.notices.issue(file, PenaltyNoticeTexts.noPenalty(file, basis(file)), actor(execution));
		close(file.caseNo(), "NO_PENALTY", "CLOSED", actor(execution));
	}

	public void transferToJudiciary(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		this.notices.issue(file, PenaltyNoticeTexts.transfer(file, basis(file)), actor(execution));
		close(file.caseNo(), "TRANSFERRED", "CLOSED", actor(execution));
	}

	public void issueOnTheSpotDecision(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		String actor = actor(execution);
		String officers = String.join("、",
				this.mapper.caseOfficers(file.caseNo())
					.stream()
					.map((officer) -> officer.displayName() + "（" + officer.certificateNo() + "）")
					.toList());
		this.notices.issue(file,
				PenaltyNoticeTexts.onTheSpot(file, basis(file), officers, this.properties.paymentDays()), actor);
		LocalDateTime now = this.clock.now();
		this.mapper.setDelivery(file.caseNo(), "ON_THE_SPOT", now,
				now.toLocalDate().plusDays(this.properties.paymentDays()));
		this.mapper.setCaseDelivered(file.caseNo(), "ON_THE_SPOT", now);
		execution.setVariable("fineDue", file.fine().signum() > 0);
		stage(file.caseNo(), "FILING", "DECIDED_ON_THE_SPOT", actor);
	}

	public void recordFiling(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		stage(file.caseNo(), (file.fine().signum() > 0) ? "PAYMENT" : "CLOSING", "FILED", actor(execution));
	}

	private void stage(String caseNo, String stage, String event, String actor) {
		this.mapper.setStage(caseNo, stage);
		this.timeline.record(caseNo, event, actor, null);
	}

	private void close(String caseNo, String outcome, String status, String actor) {
		this.mapper.close(caseNo, outcome);
		this.mapper.setCaseClosed(caseNo, status, this.clock.now());
		this.timeline.record(caseNo, "CLOSED", actor, outcome);
	}

	private java.util.List<String> evidence(String caseNo) {
		return this.mapper.evidence(caseNo).stream().map(PenaltyRecords.Evidence::description).toList();
	}

	private LegalBasis basis(PenaltyCase file) {
		return this.properties.legalBases().get(file.legalBasis());
	}

	private PenaltyCase find(DelegateExecution execution) {
		return this.mapper.find(caseNo(execution)).orElseThrow();
	}

	private String displayName(String username) {
		return this.accounts.findUser(username).map(UserAccount::displayName).orElse(username);
	}

	private static String caseNo(DelegateExecution execution) {
		return (String) execution.getVariable("caseNo");
	}

	private static String actor(DelegateExecution execution) {
		return (String) execution.getVariable("actor");
	}

}
