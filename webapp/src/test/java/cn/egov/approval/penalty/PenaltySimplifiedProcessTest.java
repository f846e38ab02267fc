package cn.egov.approval.penalty;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.penalty.PenaltyCases.Case;
import cn.egov.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static cn.egov.approval.penalty.PenaltyCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/penalty-simplified.bpmn}: a warning and a fine decided on the spot,
 * filed within 5 working days (from Monday 1 March 2027: 9 March), the filing limit's
 * timers, the refusal of the simplified procedure above APL 51's limits, and an unpaid
 * fine's way to the people's court, which it shares with the general procedure.
 */
@PlatformTest
class PenaltySimplifiedProcessTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	PenaltyCases cases;

	@BeforeEach
	void decideOnAMonday() {
		this.cases = PenaltyCases.startingAt(this.context, this.port, "2027-03-01T10:00:00");
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldIssueAWarningOnTheSpotAndCloseOnceFiled() {
		Case file = this.cases.onTheSpot("FSL-126-1", PenaltyCases.COMPANY, "WARNING", null);

		assertThat(file.instance()).hasPassed("IssueOnTheSpotDecision").isWaitingAt("FileDecision");
		assertThat(this.cases.noticeTypes(file)).containsExactly("PENALTY_ON_THE_SPOT_DECISION");
		assertThat(this.cases.read(file).statutoryDeadline()).isEqualTo("2027-03-08");
		assertThat(this.cases.timer(file, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf("2027-03-08"));
		assertThat(this.cases.timer(file, "ReminderDue").getDuedate()).isEqualTo(endOf("2027-03-07"));
		this.cases.tasks.file(file.caseNo(), this.cases.user("officer"));

		assertThat(file.instance()).hasPassed("RecordFiling", "FineDue", "ClosePenalised", "ClosedPenalisedOnTheSpot")
			.hasNotPassed("AwaitPayment")
			.isEnded();
		assertThat(this.cases.read(file).closedOutcome()).isEqualTo("PENALISED");
	}

	@Test
	void shouldTakeAFineUpToTheLimitsOnTheSpot() {
		Case company = this.cases.onTheSpot("WZWZ-13", PenaltyCases.COMPANY, "FINE", "3000");
		Case citizen = this.cases.onTheSpot("WZWZ-13", PenaltyCases.CITIZEN, "FINE", "200");
		this.cases.tasks.file(company.caseNo(), this.cases.user("officer"));
		assertThat(company.instance()).isWaitingAt("AwaitPayment");
		assertThat(this.cases.timer(company, "PaymentOverdue").getDuedate()).isEqualTo(endOf("2027-03-16"));

		this.cases.pay(company);

		assertThat(company.instance()).hasPassed("RecordFinePaid", "ClosedPenalisedOnTheSpot").isEnded();
		assertThat(this.cases.read(company).paidTotal()).isEqualByComparingTo("3000");
		assertThat(citizen.instance()).isWaitingAt("FileDecision");
	}

	@Test
	void shouldRefuseTheSimplifiedProcedureAboveItsLimits() {
		assertThatThrownBy(() -> this.cases.onTheSpot("WZWZ-13", PenaltyCases.CITIZEN, "FINE", "200.01"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(ex.messageKey()).isEqualTo("error.penalty.simplified.threshold");
				assertThat(ex.arguments()).containsExactly("200.01", "公民", "200");
			});
		assertThatThrownBy(() -> this.cases.onTheSpot("WZWZ-13", PenaltyCases.COMPANY, "FINE", "3001"))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.arguments()).containsExactly("3001", "法人或者其他组织", "3000"));
		assertThatThrownBy(() -> this.cases.onTheSpot("FSL-124-1", PenaltyCases.COMPANY, "WARNING", null))
			.isInstanceOf(ApiException.class)
			.hasMessage("error.penalty.warning.not-allowed");
	}

	/**
	 * Within the on-the-spot limit yet below the provision's minimum is a mitigated
	 * penalty, which the general procedure decides; a range in multiples of the goods'
	 * value cannot be applied on the spot at all.
	 */
	@Test
	void shouldRefuseAFineOnTheSpotOutsideTheProvisionsStatutoryRange() {
		assertThatThrownBy(() -> this.cases.onTheSpot("FSL-126-1", PenaltyCases.COMPANY, "FINE", "2000"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(ex.messageKey()).isEqualTo("error.penalty.simplified.below-minimum");
				assertThat(ex.arguments()).containsExactly("2000", "《中华人民共和国食品安全法》第一百二十六条第一款", "5000.00");
			});
		assertThatThrownBy(() -> this.cases.onTheSpot("FSL-124-1", PenaltyCases.COMPANY, "FINE", "1000"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(ex.messageKey()).isEqualTo("error.penalty.simplified.no-range");
			});
		assertThat(this.cases.onTheSpot("WZWZ-13", PenaltyCases.CITIZEN, "FINE", "50").instance())
			.isWaitingAt("FileDecision");
	}

	@Test
	void shouldRecordTheFilingLimitForSupervision() {
		Case file = this.cases.onTheSpot("FSL-126-1", PenaltyCases.COMPANY, "WARNING", null);

		this.cases.passDueDateOf(file, "ReminderDue");
		this.cases.passDueDateOf(file, "StatutoryLimitReached");

		assertThat(file.instance())
			.hasPassed("RecordReminder", "RecordPromisedLimitExceeded", "RecordStatutoryLimitExceeded")
			.isWaitingAt("FileDecision");
	}

	@Test
	void shouldDemandAnUnpaidOnTheSpotFine() {
		Case file = this.cases.onTheSpot("WZWZ-13", PenaltyCases.COMPANY, "FINE", "1000");
		this.cases.tasks.file(file.caseNo(), this.cases.user("officer"));

		this.cases.passDueDateOf(file, "PaymentOverdue");
		this.cases.clock("2027-03-26T10:00:00");
		this.cases.pay(file);

		// Paid while the enforcement window's timer waited: closing ends that branch too.
		assertThat(file.instance()).hasPassed("IssueDemand", "RecordFinePaid")
			.hasNotPassed("ApplyForEnforcement")
			.isEnded();
		assertThat(this.cases.leftBehind(file)).isZero();
		// 10 days past 16 March at 3 % a day.
		assertThat(this.cases.mapper.payments(file.caseNo())).singleElement()
			.satisfies((payment) -> assertThat(payment.surcharge()).isEqualByComparingTo("300"));
	}

	@Test
	void shouldApplyToTheCourtForAnUnpaidOnTheSpotFine() {
		Case file = unpaidOnTheSpotFine();
		this.cases.passDueDateOf(file, "PaymentOverdue");
		// Delivered on the spot on 1 March, demand issued 17 March: the party's six
		// months to sue end on 1 September, the three months after them on 1 December.
		assertThat(file.instance()).hasPassed("IssueDemand").isWaitingAt("AwaitPayment", "EnforcementWindowOpens");
		assertThat(this.cases.timer(file, "EnforcementWindowOpens").getDuedate()).isEqualTo(endOf("2027-09-01"));
		String enforcement = "/api/penalty/cases/" + file.caseNo() + "/enforcement";
		String application = "{\"outcome\": \"APPLIED\", \"court\": \"示范县人民法院\", \"appliedOn\": \"2027-09-02\", "
				+ "\"courtReference\": \"（2027）闽0102行审13号\"}";
		assertThat(as("head").postJson(enforcement, application).status()).isEqualTo(409);

		this.cases.passDueDateOf(file, "EnforcementWindowOpens");

		assertThat(file.instance()).isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		JsonNode waiting = as("head").get("/api/penalty/cases/" + file.caseNo()).json();
		assertThat(waiting.get("openSteps")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("AwaitPayment", "ApplyForEnforcement");
		assertThat(waiting.at("/file/enforcementOpensAfter").asText()).isEqualTo("2027-09-01");
		assertThat(waiting.at("/file/enforcementLastDay").asText()).isEqualTo("2027-12-01");
		Task task = BpmnAwareTests.task("ApplyForEnforcement", file.instance());
		String department = this.cases.read(file).departmentCode();
		assertThat(task).hasCandidateGroup(department + ":section-head").hasCandidateGroup(department + ":leader");
		assertThat(task.getDueDate()).isEqualTo(endOf("2027-12-01"));
		Response applied = as("head").postJson(enforcement, application);
		assertThat(applied.status()).as(applied.body()).isEqualTo(204);

		assertThat(file.instance()).hasPassed("EnforcementDecided", "EnforcementApplied")
			.hasNotPassed("EnforcementNotApplied")
			.isWaitingAt("AwaitPayment");
		PenaltyCase answered = this.cases.read(file);
		assertThat(answered.enforcementOutcome()).isEqualTo("APPLIED");
		assertThat(answered.enforcementCourt()).isEqualTo("示范县人民法院");
		assertThat(answered.enforcementAppliedOn()).isEqualTo("2027-09-02");
		assertThat(answered.enforcementAnsweredBy()).isEqualTo("head");
		// What the court collects is recorded as the payment, and closes the case.
		this.cases.pay(file);
		assertThat(file.instance()).hasPassed("ClosedPenalisedOnTheSpot").isEnded();
		assertThat(this.cases.endFacts(file)).singleElement().asString().contains("\"end\":\"PENALISED_ON_THE_SPOT\"");
	}

	@Test
	void shouldCloseOnPaymentWhileTheEnforcementTaskWaitsAndLeaveNothingBehind() {
		Case file = unpaidOnTheSpotFine();
		this.cases.unpaidUntilEnforcement(file);
		assertThat(file.instance()).isWaitingAt("AwaitPayment", "ApplyForEnforcement");

		this.cases.pay(file);

		assertThat(file.instance()).hasPassed("RecordFinePaid", "ClosePenalised", "ClosedPenalisedOnTheSpot")
			.hasNotPassed("EnforcementDecided")
			.isEnded();
		assertThat(this.cases.leftBehind(file)).isZero();
		PenaltyCase closed = this.cases.read(file);
		assertThat(closed.closedOutcome()).isEqualTo("PENALISED");
		assertThat(closed.enforcementOutcome()).isNull();
		assertThat(this.cases.endFacts(file)).singleElement().asString().contains("\"end\":\"PENALISED_ON_THE_SPOT\"");
	}

	/** A fine of 1,000 CNY decided on the spot and filed: the payment period runs. */
	private Case unpaidOnTheSpotFine() {
		Case file = this.cases.onTheSpot("WZWZ-13", PenaltyCases.COMPANY, "FINE", "1000");
		this.cases.tasks.file(file.caseNo(), this.cases.user("officer"));
		return file;
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

}
