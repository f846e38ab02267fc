package cn.egov.approval.penalty;

import java.time.Duration;
import java.util.List;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.modeling.ItemProcessGenerator;
import cn.egov.approval.modeling.ModelingItems;
import cn.egov.approval.penalty.PenaltyCases.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static cn.egov.approval.penalty.PenaltyCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Issue 7, acceptance 4, for the demo catalog's penalty item: its general-procedure
 * process, generated from {@code penalty-general} and deployed through the workbench,
 * runs the item's filed cases (the item bound to it) from opening to a paid fine, and to
 * no penalty with every legal clock and e-supervision's warnings; the simplified
 * procedure stays on the shared {@code penalty-simplified}. Cases are filed and opened on
 * Monday 1 March 2027 (the item's promised 60 days: 30 April; 90 days: 30 May).
 */
@PlatformTest
class GeneratedPenaltyProcessTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	PenaltyCases cases;

	ModelingItems items;

	String key;

	@BeforeEach
	void deployTheItemsProcessAndFileOnAMonday() {
		this.cases = PenaltyCases.startingAt(this.context, this.port, PenaltyGeneralProcessTest.FILED);
		this.items = new ModelingItems(this.context, this.port);
		this.key = this.items.deployGenerated(PenaltyCases.ITEM);
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
		this.items.cleanUp();
	}

	@Test
	void shouldRunTheGeneralProcedureOnTheItemsProcessToAPaidFine() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		assertThat(this.key).isEqualTo(ItemProcessGenerator.processKey(PenaltyCases.ITEM));
		assertThat(this.items.processKeyOf(file.instance())).isEqualTo(this.key);
		this.cases.open(file);
		assertThat(this.cases.timer(file, "ReminderDue").getDuedate()).isEqualTo(endOf("2027-04-29"));
		assertThat(this.cases.timer(file, "PromisedLimitReached").getDuedate()).isEqualTo(endOf("2027-04-30"));
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf("2027-05-30"));

		this.cases.evidence(file);
		this.cases.propose(file, null, "20000", null, false);
		this.cases.review(file, "PENALISE");
		this.cases.waive(file);
		this.cases.decide(file, "20000");
		this.cases.deliver(file);
		this.cases.pay(file);

		assertThat(file.instance())
			.hasPassed("RecordOpening", "IssuePriorNotice", "IssueDecision", "RecordFinePaid", "ClosedPenalised")
			.isEnded();
		PenaltyCase closed = this.cases.read(file);
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(closed.closedOutcome()).isEqualTo("PENALISED");
		assertThat(this.cases.noticeTypes(file)).contains("PENALTY_DECISION", "PENALTY_FINE_PAYMENT");
	}

	@Test
	void shouldRecordEveryLegalClockAndCloseWithoutPenalty() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		this.cases.open(file);
		this.cases.evidence(file);

		for (String timer : List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached")) {
			this.cases.passDueDateOf(file, timer);
		}
		assertThat(file.instance())
			.hasPassed("RecordReminder", "RecordPromisedLimitExceeded", "RecordStatutoryLimitExceeded")
			.isWaitingAt("Investigate");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.items.warningsOf(file.caseNo())).contains("STATUTORY_LIMIT_EXCEEDED"));
		this.cases.propose(file, null, null, null, false);
		this.cases.review(file, "NO_PENALTY");

		assertThat(file.instance()).hasPassed("IssueNoPenaltyDecision", "ClosedNoPenalty").isEnded();
		assertThat(this.items.processKeyOf(file.instance())).isEqualTo(this.key);
	}

	@Test
	void shouldWaitForTheEnforcementWindowOnTheItemsProcessUntilThePaymentClosesIt() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		this.cases.open(file);
		this.cases.evidence(file);
		this.cases.fineDelivered(file);
		this.cases.passDueDateOf(file, "PaymentOverdue");
		assertThat(this.cases.timer(file, "EnforcementWindowOpens").getDuedate()).isEqualTo(endOf("2027-09-01"));

		this.cases.passDueDateOf(file, "EnforcementWindowOpens");

		assertThat(file.instance()).isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		assertThat(this.items.processKeyOf(file.instance())).isEqualTo(this.key);
		this.cases.pay(file);
		assertThat(file.instance()).hasPassed("ClosedPenalised").hasNotPassed("EnforcementDecided").isEnded();
	}

	@Test
	void shouldKeepTheSimplifiedProcedureOnTheSharedProcess() {
		Case file = this.cases.onTheSpot("FSL-126-1", PenaltyCases.COMPANY, "WARNING", null);

		assertThat(this.items.processKeyOf(file.instance())).isEqualTo(PenaltyFiling.SIMPLIFIED);
	}

}
