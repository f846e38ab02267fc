package cn.egov.approval.penalty;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.penalty.PenaltyCases.Case;
import cn.egov.approval.web.ApiException;
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
 * timers, and the refusal of the simplified procedure above APL 51's limits.
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

		assertThat(file.instance()).hasPassed("IssueDemand", "RecordFinePaid").isEnded();
		// 10 days past 16 March at 3 % a day.
		assertThat(this.cases.mapper.payments(file.caseNo())).singleElement()
			.satisfies((payment) -> assertThat(payment.surcharge()).isEqualByComparingTo("300"));
	}

}
