package cn.egov.approval.penalty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.casework.LegalClockTimers;
import cn.egov.approval.penalty.PenaltyCases.Case;
import cn.egov.approval.penalty.PenaltyRequests.Answer;
import cn.egov.approval.penalty.PenaltyRequests.EnforcementAnswer;
import cn.egov.approval.penalty.PenaltyRequests.ExtensionRequest;
import cn.egov.approval.penalty.PenaltyRequests.HearingRecord;
import cn.egov.approval.penalty.PenaltyRequests.PauseRequest;
import cn.egov.approval.penalty.PenaltyRequests.StatementAnswer;
import cn.egov.approval.web.ApiException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static cn.egov.approval.penalty.PenaltyCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/penalty-general.bpmn}: every path, gateway and timer, on cases filed
 * and opened on Monday 1 March 2027 (90 calendar days: 30 May; the item's promised 60
 * days: 30 April; the party's 5 working days: 8 March).
 */
@PlatformTest
class PenaltyGeneralProcessTest {

	static final String FILED = "2027-03-01T09:00:00";

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	PenaltyCases cases;

	@BeforeEach
	void fileOnAMonday() {
		this.cases = PenaltyCases.startingAt(this.context, this.port, FILED);
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldOpenOnTheHeadsApprovalAndArmTheNinetyDayClock() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		assertThat(file.instance()).isWaitingAt("ApproveOpening");
		assertThat(this.cases.read(file).status()).isEqualTo("RECEIVED");

		this.cases.open(file);

		assertThat(file.instance()).hasPassed("RecordOpening", "OpeningDecided").isWaitingAt("Investigate");
		PenaltyCase opened = this.cases.read(file);
		assertThat(opened.status()).isEqualTo("IN_PROGRESS");
		assertThat(opened.promisedDeadline()).isEqualTo("2027-04-30");
		assertThat(opened.statutoryDeadline()).isEqualTo("2027-05-30");
		assertThat(this.cases.timer(file, "ReminderDue").getDuedate()).isEqualTo(endOf("2027-04-29"));
		assertThat(this.cases.timer(file, "PromisedLimitReached").getDuedate()).isEqualTo(endOf("2027-04-30"));
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf("2027-05-30"));
		assertThat(this.cases.noticeTypes(file)).containsExactly("PENALTY_CASE_OPENING");
	}

	@Test
	void shouldEndWithoutOpeningWhenTheHeadRefuses() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);

		this.cases.tasks.answerOpening(file.caseNo(), new Answer(false, "线索不实"), this.cases.user("head"));

		assertThat(file.instance()).hasPassed("RecordOpening").isEnded().hasPassed("NotOpened");
		assertThat(this.cases.read(file).closedOutcome()).isEqualTo("NOT_OPENED");
		assertThat(this.cases.read(file).status()).isEqualTo("NOT_ACCEPTED");
		assertThat(this.cases.noticeTypes(file)).containsExactly("PENALTY_CASE_OPENING");
	}

	@Test
	void shouldPenaliseWithoutLegalReviewOrHearingAndCloseOncePaid() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, "20000", null, false);
		assertThat(file.instance()).isWaitingAt("HeadReview");
		PenaltyCase proposed = this.cases.read(file);
		assertThat(proposed.liabilityOutcome()).isEqualTo("GENERAL");
		assertThat(proposed.bandMin()).isEqualByComparingTo("18500");
		assertThat(proposed.bandMax()).isEqualByComparingTo("36500");
		assertThat(proposed.outcomeBenchmarkVersion()).isPositive();
		assertThat(proposed.bandBenchmarkVersion()).isPositive();

		this.cases.review(file, "PENALISE");
		assertThat(file.instance()).hasPassed("LegalReviewNeeded", "IssuePriorNotice")
			.hasNotPassed("LegalReview")
			.isWaitingAt("RecordStatement");
		assertThat(this.cases.timer(file, "StatementPeriodOver").getDuedate()).isEqualTo(endOf("2027-03-08"));
		this.cases.waive(file);
		assertThat(file.instance()).hasPassed("StatementDecided").hasNotPassed("ScheduleHearing").isWaitingAt("Decide");
		this.cases.decide(file, "20000");
		assertThat(file.instance()).hasPassed("IssueDecision", "HandlingDecided", "HandlingOutcome")
			.isWaitingAt("Deliver");
		this.cases.deliver(file);
		assertThat(file.instance()).hasPassed("RecordDelivery", "FineDue").isWaitingAt("AwaitPayment");
		assertThat(this.cases.timer(file, "PaymentOverdue").getDuedate()).isEqualTo(endOf("2027-03-16"));
		this.cases.pay(file);

		assertThat(file.instance()).hasPassed("RecordFinePaid", "ClosePenalised", "ClosedPenalised").isEnded();
		PenaltyCase closed = this.cases.read(file);
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(closed.closedOutcome()).isEqualTo("PENALISED");
		assertThat(closed.paidTotal()).isEqualByComparingTo("20000");
		assertThat(this.cases.endFacts(file)).singleElement().asString().contains("\"end\":\"PENALISED\"");
		assertThat(warnings(file)).doesNotContain("CLOSED_WITHOUT_NOTICES");
		// Issued within the same second of the simulated clock: their order is not kept.
		assertThat(this.cases.noticeTypes(file)).containsExactlyInAnyOrder("PENALTY_CASE_OPENING",
				"PENALTY_PRIOR_NOTICE", "PENALTY_DECISION", "PENALTY_FINE_PAYMENT");
	}

	@Test
	void shouldCloseAWarningWithoutPayment() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, null, null, false);
		this.cases.review(file, "PENALISE");
		this.cases.waive(file);
		this.cases.decide(file, null);
		this.cases.deliver(file);

		assertThat(file.instance()).hasPassed("FineDue", "ClosePenalised").hasNotPassed("AwaitPayment").isEnded();
		assertThat(this.cases.noticeTypes(file)).doesNotContain("PENALTY_FINE_PAYMENT");
	}

	@Test
	void shouldRequireLegalReviewOfAFineOutsideTheBandAndReturnToInvestigation() {
		Case file = openedCase("FSL-126-1");
		assertThatThrownBy(() -> this.cases.propose(file, null, "10000", null, false)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.fine.reason-required");
		assertThatThrownBy(() -> this.cases.propose(file, null, "50001", "情节特别严重", false))
			.isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.fine.above-maximum");

		this.cases.propose(file, null, "10000", "当事人主动消除违法后果，积极配合调查", false);
		this.cases.review(file, "PENALISE");
		assertThat(file.instance()).hasPassed("LegalReviewNeeded").isWaitingAt("LegalReview");
		this.cases.legalReview(file, false);
		assertThat(file.instance()).hasPassed("LegalReviewed", "InvestigationJoin").isWaitingAt("Investigate");
		this.cases.propose(file, null, "10000", "当事人主动消除违法后果，积极配合调查", false);
		this.cases.review(file, "PENALISE");
		this.cases.legalReview(file, true);

		assertThat(file.instance()).hasPassed("PriorNoticeJoin", "IssuePriorNotice").isWaitingAt("RecordStatement");
		assertThat(this.cases.read(file).outOfBandReason()).contains("主动消除");
	}

	@Test
	void shouldRequireLegalReviewOfAMajorCase() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, "20000", null, true);
		this.cases.review(file, "PENALISE");

		assertThat(file.instance()).isWaitingAt("LegalReview");
	}

	@Test
	void shouldNotEndTheInvestigationWithoutEvidence() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		this.cases.open(file);

		assertThatThrownBy(() -> this.cases.propose(file, null, "20000", null, false)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.evidence.none");
		assertThat(file.instance()).isWaitingAt("Investigate");
	}

	@Test
	void shouldHearTheCaseWithTheClockPausedAndDecideNoHeavierThanNotified() {
		Case file = openedCase("FSL-124-1", PenaltyCases.CITIZEN);
		this.cases.propose(file, "8000", "80000", null, false);
		this.cases.review(file, "PENALISE");
		assertThatThrownBy(() -> requestHearing(file, "2027-03-09T09:30:00")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.hearing.too-soon");

		requestHearing(file, "2027-03-11T09:30:00");

		assertThat(file.instance()).hasPassed("StatementDecided", "ScheduleHearing").isWaitingAt("HoldHearing");
		assertThat(this.cases.noticeTypes(file)).contains("PENALTY_HEARING_NOTICE");
		assertThat(this.cases.read(file).status()).isEqualTo("PAUSED");
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(LegalClockTimers.STOPPED);
		this.cases.clock("2027-03-11T11:00:00");
		this.cases.tasks.holdHearing(file.caseNo(), new HearingRecord("听证笔录：当事人对事实无异议，请求从轻"),
				this.cases.user("officer"));
		assertThat(file.instance()).hasPassed("EndHearing").isWaitingAt("HearingLegalReview");
		PenaltyCase heard = this.cases.read(file);
		assertThat(heard.heard()).isTrue();
		assertThat(heard.pausedDays()).isEqualTo(10);
		assertThat(heard.statutoryDeadline()).isEqualTo("2027-06-09");
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf("2027-06-09"));
		this.cases.legalReview(file, true);
		assertThat(file.instance()).isWaitingAt("Decide");

		assertThatThrownBy(() -> this.cases.decide(file, "90000")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.decision.heavier");
		this.cases.decide(file, "70000");
		assertThat(file.instance()).hasPassed("IssueDecision").isWaitingAt("Deliver");
		assertThat(this.cases.read(file).decidedFine()).isEqualByComparingTo("70000");
	}

	@Test
	void shouldRefuseAHearingBelowTheThreshold() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, "20000", null, false);
		this.cases.review(file, "PENALISE");

		assertThatThrownBy(() -> requestHearing(file, "2027-03-19T09:30:00")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.hearing.below-threshold");
	}

	@Test
	void shouldDecideOnlyOnceTheStatementPeriodHasPassed() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, "20000", null, false);
		this.cases.review(file, "PENALISE");
		assertThatThrownBy(() -> this.cases.decide(file, "20000")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.step.not-open");

		this.cases.passDueDateOf(file, "StatementPeriodOver");

		assertThat(file.instance()).hasPassed("CloseStatementPeriod").isWaitingAt("Decide");
		assertThat(this.cases.read(file).statementStatus()).isEqualTo("PASSED");
	}

	@Test
	void shouldCloseWithoutPenaltyOrTransferAfterTheHeadsReview() {
		Case minor = openedCase("FSL-126-1");
		this.cases.propose(minor, null, null, null, false);
		this.cases.review(minor, "NO_PENALTY");
		assertThat(minor.instance()).hasPassed("HandlingNoPenalty", "IssueNoPenaltyDecision", "ClosedNoPenalty")
			.isEnded();
		assertThat(this.cases.noticeTypes(minor)).contains("PENALTY_NO_PENALTY");

		Case unfounded = openedCase("FSL-126-1");
		this.cases.propose(unfounded, null, null, null, false);
		this.cases.review(unfounded, "NOT_ESTABLISHED");
		assertThat(unfounded.instance()).hasPassed("ClosedNoPenalty").isEnded();

		Case crime = openedCase("FSL-124-1");
		this.cases.propose(crime, "50000", "800000", null, false);
		this.cases.review(crime, "TRANSFER");
		assertThat(crime.instance()).hasPassed("HandlingTransferred", "TransferToJudiciary", "Transferred").isEnded();
		assertThat(this.cases.read(crime).closedOutcome()).isEqualTo("TRANSFERRED");
		assertThat(this.cases.noticeTypes(crime)).contains("PENALTY_TRANSFER");
	}

	@Test
	void shouldExcludeTestingTimeAndAddThirtyDaysWithTheLeadersApproval() {
		Case file = openedCase("FSL-126-1");
		String pause = this.cases.pauses
			.start(file.caseNo(), new PauseRequest("TESTING", "抽样送检"), this.cases.user("officer"))
			.id();
		assertThat(this.cases.timer(file, "ReminderDue").getDuedate()).isEqualTo(LegalClockTimers.STOPPED);
		this.cases.clock("2027-03-21T10:00:00");
		this.cases.pauses.end(file.caseNo(), pause, this.cases.user("officer"));
		assertThat(this.cases.read(file).statutoryDeadline()).isEqualTo("2027-06-19");
		assertThat(this.cases.timer(file, "PromisedLimitReached").getDuedate()).isEqualTo(endOf("2027-05-20"));

		this.cases.extensions.request(file.caseNo(), new ExtensionRequest("案情复杂，需补充鉴定"), this.cases.user("officer"));
		assertThat(file.instance()).isWaitingAt("ApproveExtension");
		this.cases.extensions.answer(file.caseNo(), new Answer(true, "同意延长"), this.cases.user("leader"));

		assertThat(file.instance()).hasPassed("DecideExtension");
		PenaltyCase extended = this.cases.read(file);
		assertThat(extended.extensionDays()).isEqualTo(30);
		assertThat(extended.statutoryDeadline()).isEqualTo("2027-07-19");
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf("2027-07-19"));
		assertThat(this.cases.timer(file, "ReminderDue").getDuedate()).isEqualTo(endOf("2027-06-18"));
	}

	@Test
	void shouldRecordTheReminderAndBothLimitsForSupervision() {
		Case file = openedCase("FSL-126-1");

		this.cases.passDueDateOf(file, "ReminderDue");
		this.cases.passDueDateOf(file, "PromisedLimitReached");
		this.cases.passDueDateOf(file, "StatutoryLimitReached");

		assertThat(file.instance())
			.hasPassed("RecordReminder", "RecordPromisedLimitExceeded", "RecordStatutoryLimitExceeded")
			.isWaitingAt("Investigate");
		// The yellow card opened for the promised limit may also have escalated
		// unanswered by now.
		assertThat(warnings(file)).contains("REMINDER", "PROMISED_LIMIT_EXCEEDED", "STATUTORY_LIMIT_EXCEEDED")
			.doesNotHaveDuplicates();
	}

	@Test
	void shouldDemandPaymentWithASurchargeCappedAtTheFine() {
		Case file = openedCase("FSL-126-1");
		this.cases.propose(file, null, "20000", null, false);
		this.cases.review(file, "PENALISE");
		this.cases.waive(file);
		this.cases.decide(file, "20000");
		this.cases.deliver(file);

		this.cases.passDueDateOf(file, "PaymentOverdue");
		assertThat(file.instance()).hasPassed("IssueDemand").isWaitingAt("AwaitPayment");
		assertThat(this.cases.noticeTypes(file)).contains("PENALTY_DEMAND");
		assertThat(this.cases.timer(file, "SurchargeCapReached").getDuedate()).isEqualTo(endOf("2027-04-19"));
		this.cases.passDueDateOf(file, "SurchargeCapReached");
		assertThat(file.instance()).hasPassed("RecordSurchargeCapped").isWaitingAt("AwaitPayment");
		this.cases.pay(file);

		// Paid while the enforcement window's timer waited: closing ends that branch too.
		assertThat(file.instance()).hasNotPassed("ApplyForEnforcement").isEnded();
		assertThat(this.cases.leftBehind(file)).isZero();
		List<PenaltyRecords.Payment> paid = this.cases.mapper.payments(file.caseNo());
		assertThat(paid).singleElement().satisfies((payment) -> {
			assertThat(payment.principal()).isEqualByComparingTo("20000");
			assertThat(payment.surcharge()).isEqualByComparingTo("20000");
		});
	}

	@Test
	void shouldWaitForTheEnforcementWindowAndRecordTheCourtApplication() {
		Case file = openedCase("FSL-126-1");
		this.cases.fineDelivered(file);
		this.cases.passDueDateOf(file, "PaymentOverdue");
		// Delivered 1 March, demand issued 17 March: the demand's 10 days end on 27
		// March,
		// the party's six months to sue on 1 September, and the three months after that
		// on 1 December.
		assertThat(file.instance()).hasPassed("IssueDemand").isWaitingAt("AwaitPayment", "EnforcementWindowOpens");
		assertThat(this.cases.timer(file, "EnforcementWindowOpens").getDuedate()).isEqualTo(endOf("2027-09-01"));
		PenaltyCase demanded = this.cases.read(file);
		assertThat(demanded.enforcementOpensAfter()).isEqualTo("2027-09-01");
		assertThat(demanded.enforcementLastDay()).isEqualTo("2027-12-01");
		assertThatThrownBy(() -> apply(file, "head", "示范县人民法院", null)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.step.not-open");

		this.cases.passDueDateOf(file, "EnforcementWindowOpens");

		assertThat(file.instance()).isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		Task task = BpmnAwareTests.task("ApplyForEnforcement", file.instance());
		String department = demanded.departmentCode();
		assertThat(task).hasCandidateGroup(department + ":section-head").hasCandidateGroup(department + ":leader");
		assertThat(task.getDueDate()).isEqualTo(endOf("2027-12-01"));
		assertThatThrownBy(() -> apply(file, "officer", "示范县人民法院", null)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.role");
		assertThatThrownBy(() -> apply(file, "head", " ", null)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.field.required");
		assertThatThrownBy(() -> apply(file, "head", "示范县人民法院", "2027-09-01")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.enforcement.outside-window");
		assertThatThrownBy(() -> apply(file, "head", "示范县人民法院", "2027-09-03")).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.enforcement.applied-on.future");
		apply(file, "head", "示范县人民法院", "2027-09-02");

		assertThat(file.instance()).hasPassed("EnforcementDecided", "EnforcementApplied")
			.hasNotPassed("EnforcementNotApplied")
			.isWaitingAt("AwaitPayment");
		PenaltyCase applied = this.cases.read(file);
		assertThat(applied.enforcementOutcome()).isEqualTo("APPLIED");
		assertThat(applied.enforcementCourt()).isEqualTo("示范县人民法院");
		assertThat(applied.enforcementAppliedOn()).isEqualTo("2027-09-02");
		assertThat(applied.enforcementCourtReference()).isEqualTo("（2027）闽0102行审12号");
		assertThat(applied.enforcementAnsweredBy()).isEqualTo("head");
		assertThat(timelineKinds(file)).contains("ENFORCEMENT_APPLIED");
		// What the court collects is recorded as the payment, and closes the case.
		this.cases.pay(file);
		assertThat(file.instance()).hasPassed("ClosedPenalised").isEnded();
		assertThat(this.cases.read(file).closedOutcome()).isEqualTo("PENALISED");
	}

	@Test
	void shouldRecordWhyTheAgencyDoesNotApplyForEnforcement() {
		Case file = openedCase("FSL-126-1");
		this.cases.fineDelivered(file);
		this.cases.unpaidUntilEnforcement(file);
		assertThatThrownBy(() -> notApply(file, null)).isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.field.required");
		assertThatThrownBy(() -> this.cases.enforcement.answer(file.caseNo(),
				new EnforcementAnswer("LATER", null, null, null, null, null), this.cases.user("leader")))
			.isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.enforcement.outcome");

		notApply(file, "当事人已提起行政诉讼");

		assertThat(file.instance()).hasPassed("EnforcementNotApplied")
			.hasNotPassed("EnforcementApplied")
			.isWaitingAt("AwaitPayment");
		PenaltyCase answered = this.cases.read(file);
		assertThat(answered.enforcementOutcome()).isEqualTo("NOT_APPLIED");
		assertThat(answered.enforcementOpinion()).isEqualTo("当事人已提起行政诉讼");
		assertThat(answered.enforcementCourt()).isNull();
		assertThat(answered.enforcementAnsweredBy()).isEqualTo("leader");
		assertThat(timelineKinds(file)).contains("ENFORCEMENT_NOT_APPLIED");
	}

	@Test
	void shouldCloseOnPaymentWhileTheEnforcementTaskWaitsAndLeaveNothingBehind() {
		Case file = openedCase("FSL-126-1");
		this.cases.fineDelivered(file);
		this.cases.unpaidUntilEnforcement(file);
		assertThat(file.instance()).isWaitingAt("AwaitPayment", "ApplyForEnforcement");

		this.cases.pay(file);

		assertThat(file.instance()).hasPassed("RecordFinePaid", "ClosePenalised", "ClosedPenalised")
			.hasNotPassed("EnforcementDecided")
			.isEnded();
		assertThat(this.cases.leftBehind(file)).isZero();
		assertThat(this.cases.read(file).closedOutcome()).isEqualTo("PENALISED");
		assertThat(this.cases.read(file).enforcementOutcome()).isNull();
		assertThat(this.cases.endFacts(file)).singleElement().asString().contains("\"end\":\"PENALISED\"");
	}

	private void apply(Case file, String username, String court, String appliedOn) {
		this.cases.enforcement.answer(
				file.caseNo(), new EnforcementAnswer("APPLIED", court,
						(appliedOn != null) ? LocalDate.parse(appliedOn) : null, "（2027）闽0102行审12号", "逾期不缴纳罚款", null),
				this.cases.user(username));
	}

	private void notApply(Case file, String reason) {
		this.cases.enforcement.answer(file.caseNo(),
				new EnforcementAnswer("NOT_APPLIED", null, null, null, null, reason), this.cases.user("leader"));
	}

	private List<String> timelineKinds(Case file) {
		return this.cases.mapper.events(file.caseNo()).stream().map(PenaltyRecords.Event::kind).toList();
	}

	private Case openedCase(String basis) {
		return openedCase(basis, PenaltyCases.COMPANY);
	}

	private Case openedCase(String basis, PenaltyRequests.Party party) {
		Case file = this.cases.file(basis, party);
		this.cases.open(file);
		this.cases.evidence(file);
		return file;
	}

	private void requestHearing(Case file, String at) {
		this.cases.tasks.answerStatement(file.caseNo(),
				new StatementAnswer("REQUEST_HEARING", "当事人书面要求听证", LocalDateTime.parse(at), "示范县市场监管局听证室", "officer3"),
				this.cases.user("officer"));
	}

	private List<String> warnings(Case file) {
		return this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForList("SELECT kind FROM supervision_warning WHERE case_no = ?", String.class, file.caseNo());
	}

}
