package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 1 for warnings, the cases between early and very late: a food case
 * (accepted Monday 7 December, promised Monday 21, statutory in January) finished on the
 * promised day got a reminder only; one finished the day after got a reminder and a
 * yellow warning, never a red one; a timer job run again, or its fact delivered again,
 * raises nothing twice.
 */
@PlatformTest
class WarningDeadlineJourneyTest extends WarningHttpTest {

	/** The reminder is due at 24:00 of Friday 18, the working day before Monday 21. */
	private static final String AFTER_REMINDER = "2026-12-19T09:00:00+08:00";

	@Autowired
	SupervisionFacts facts;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldOnlyRemindACaseStillOpenTheDayBeforeAndFinishedOnThePromisedDay() {
		String caseNo = this.api.acceptedFoodCase();
		this.api.clock("2026-12-18T17:00:00+08:00");
		this.api.sleepForTheJobExecutor();
		assertThat(this.api.warnings(caseNo)).as("nothing before the reminder is due").isEmpty();

		this.api.clock(AFTER_REMINDER);
		assertThat(this.api.awaitWarnings(caseNo, 1)).containsExactly("REMINDER:REMINDER");
		assertThat(this.api.warningsOf(caseNo).get(0).get("detail").asText()).contains("2026-12-18")
			.doesNotContain("承诺期限 2026-12-18");

		this.api.clock("2026-12-21T16:00:00+08:00");
		this.api.approveFoodCase(caseNo);
		this.api.clock("2027-03-01T09:00:00+08:00");
		this.api.sleepForTheJobExecutor();
		assertThat(this.api.warnings(caseNo)).containsExactly("REMINDER:REMINDER");
	}

	@Test
	void shouldRaiseReminderAndYellowButNoRedForACaseFinishedPastPromisedBeforeStatutory() {
		String caseNo = this.api.acceptedFoodCase();
		this.api.clock("2026-12-22T09:00:00+08:00");
		assertThat(this.api.awaitWarnings(caseNo, 2)).containsExactlyInAnyOrder("REMINDER:REMINDER",
				"YELLOW:PROMISED_LIMIT_EXCEEDED");
		assertThat(this.api.warningsOf(caseNo))
			.anySatisfy((w) -> assertThat(w.get("detail").asText()).contains("2026-12-21"));

		this.api.approveFoodCase(caseNo);
		// The department answers its yellow card in time; left unanswered it would turn
		// red (WarningJourneyTest).
		this.api.answerYellowCard(caseNo);
		this.api.clock("2027-03-01T09:00:00+08:00");
		this.api.sleepForTheJobExecutor();
		assertThat(this.api.warnings(caseNo)).containsExactlyInAnyOrder("REMINDER:REMINDER",
				"YELLOW:PROMISED_LIMIT_EXCEEDED");
	}

	@Test
	void shouldRaiseNothingTwiceWhenTheTimerJobRunsAgainOrItsFactArrivesAgain() {
		String caseNo = this.api.acceptedFoodCase();
		this.api.clock(AFTER_REMINDER);
		this.api.awaitWarnings(caseNo, 1);
		List<SupervisionFact> reached = this.facts.ofCase(caseNo, SupervisionFactKind.LIMIT_REACHED);
		assertThat(reached).hasSize(1);

		// The same fact delivered again, and the same limit reported under another key.
		SupervisionFact fact = reached.get(0);
		assertThat(this.facts.record(fact)).isFalse();
		assertThat(this.facts.record(new SupervisionFact(fact.source(), fact.key() + ":again", caseNo,
				fact.departmentCode(), fact.itemCode(), fact.kind(), fact.at(), null, fact.step(), fact.payload())))
			.isTrue();

		// The reminder's timer job created again and run after the first one committed.
		this.transactions.executeWithoutResult((status) -> {
			String instance = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseNo)
				.singleResult()
				.getId();
			this.runtime.createProcessInstanceModification(instance)
				.cancelAllForActivity("Handling")
				.startBeforeActivity("Handling")
				.execute();
			Job reminder = this.management.createJobQuery()
				.processInstanceId(instance)
				.activityId("ReminderDue")
				.singleResult();
			this.management.executeJob(reminder.getId());
		});

		assertThat(this.facts.ofCase(caseNo, SupervisionFactKind.LIMIT_REACHED)).hasSize(2);
		assertThat(this.api.warnings(caseNo)).containsExactly("REMINDER:REMINDER");
	}

}
