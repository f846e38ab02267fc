package cn.egov.approval.levy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.modeling.ItemProcessGenerator;
import cn.egov.approval.modeling.ModelingItems;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Issue 7, acceptance 4, for the demo catalog's levy items: each item's process,
 * generated from {@code levy-standard} and deployed through the workbench, runs the
 * item's cases (the item bound to it) from recording to collection, with the legal clocks
 * of the item's limits on {@code Handling}, e-supervision's warnings and the demand of an
 * unpaid levy, up to the section head's application to the court. Cases are recorded on
 * Monday 7 December 2026 (no holiday in the following weeks).
 */
@PlatformTest
class GeneratedLevyProcessTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LevyApi api;

	ModelingItems items;

	@BeforeEach
	void recordOnAMonday() {
		this.api = new LevyApi(this.context, this.port);
		this.items = new ModelingItems(this.context, this.port);
		this.api.clock(LevyStandardProcessTest.RECORDED);
	}

	@AfterEach
	void cleanUp() {
		this.api.cleanUp();
		this.items.cleanUp();
	}

	static Stream<LevyItem> demoLevyItems() {
		return Stream.of(
				new LevyItem(LevyApi.INFRASTRUCTURE, "clerk2", "handler2", "head2", Map.of("quantity", "1000"),
						"60000.00", "2026-12-14", "2026-12-21"),
				new LevyItem(LevyApi.RECLAMATION, "clerk3", "handler3", "head3",
						Map.of("quantity", "12.5", "unitCost", "8000"), "100000.00", "2026-12-21", "2026-12-28"));
	}

	@ParameterizedTest
	@MethodSource("demoLevyItems")
	void shouldCollectTheLevyOnTheItemsGeneratedProcess(LevyItem item) {
		String key = this.items.deployGenerated(item.code());

		String caseNo = this.api.record(item.code(), item.clerk());

		assertThat(this.items.processKeyOf(this.api.instance(caseNo))).isEqualTo(key)
			.isEqualTo(ItemProcessGenerator.processKey(item.code()));
		assertThat(this.api.instance(caseNo)).hasPassed("StartClock").isWaitingAt("Assess");
		JsonNode recorded = this.api.detail(caseNo);
		assertThat(recorded.get("promisedDeadline").asText()).isEqualTo(item.promised());
		assertThat(recorded.get("statutoryDeadline").asText()).isEqualTo(item.statutory());
		assertThat(this.api.timer(caseNo, "PromisedLimitReached").getDuedate()).isEqualTo(endOf(item.promised()));
		assertThat(this.api.timer(caseNo, "StatutoryLimitReached").getDuedate()).isEqualTo(endOf(item.statutory()));
		assertThat(this.api.timer(caseNo, "ReminderDue")).isNotNull();

		assess(item, caseNo);
		assertThat(this.api.instance(caseNo)).hasPassed("HandlingAssessed", "IssuePaymentNotice")
			.isWaitingAt("AwaitPayment");
		this.api.payOk("cashier", caseNo, item.amount());

		assertThat(this.api.instance(caseNo)).hasPassed("RecordPaid", "CloseLevy", "ClosedCollected").isEnded();
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("CLOSED");
		assertThat(this.api.notices(caseNo)).containsExactly("LEVY_PAYMENT");
	}

	@ParameterizedTest
	@MethodSource("demoLevyItems")
	void shouldRecordTheLegalClocksDemandAnUnpaidLevyAndApplyToTheCourt(LevyItem item) {
		this.items.deployGenerated(item.code());
		String caseNo = this.api.record(item.code(), item.clerk());

		for (String timer : List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached")) {
			this.api.passDueDateOf(caseNo, timer);
		}
		assertThat(this.api.instance(caseNo))
			.hasPassed("RecordReminder", "RecordPromisedLimitExceeded", "RecordStatutoryLimitExceeded")
			.isWaitingAt("Assess");
		assertThat(this.api.events(caseNo)).contains("REMINDER", "PROMISED_LIMIT_EXCEEDED", "STATUTORY_LIMIT_EXCEEDED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.items.warningsOf(caseNo)).contains("STATUTORY_LIMIT_EXCEEDED"));

		assess(item, caseNo);
		this.api.passDueDateOf(caseNo, "PaymentOverdue");
		assertThat(this.api.instance(caseNo)).hasPassed("IssueDemand")
			.isWaitingAt("AwaitPayment", "DemandPeriodPassed");
		assertThat(this.api.notices(caseNo)).containsExactly("LEVY_PAYMENT", "LEVY_DEMAND");

		String windowOpens = LocalDate
			.ofInstant(this.api.timer(caseNo, "DemandPeriodPassed").getDuedate().toInstant(), PlatformClock.ZONE)
			.toString();
		this.api.passDueDateOf(caseNo, "DemandPeriodPassed");
		assertThat(this.api.instance(caseNo)).isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		this.api.completeOk(item.head(), caseNo, "enforcement-application", Map.of("outcome", "APPLIED", "courtName",
				"示范县人民法院", "appliedOn", windowOpens, "opinion", "催告后逾期仍未缴纳，申请强制执行"));
		assertThat(this.api.instance(caseNo)).hasPassed("RecordEnforcement", "EnforcementRecorded")
			.isWaitingAt("AwaitPayment");
		assertThat(this.api.events(caseNo)).contains("DEMAND_ISSUED", "ENFORCEMENT_APPLIED");
	}

	private void assess(LevyItem item, String caseNo) {
		Map<String, Object> body = new java.util.HashMap<>(item.assessment());
		body.put("outcome", "ASSESSED");
		body.put("opinion", "按标准核定");
		this.api.completeOk(item.handler(), caseNo, "assessment", body);
	}

	private static Date endOf(String day) {
		return Date.from(LocalDate.parse(day).plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant());
	}

	/**
	 * A demo levy item and how its cases are driven.
	 *
	 * @param promised the promised deadline of a case recorded on
	 * {@link LevyStandardProcessTest#RECORDED}
	 * @param statutory its statutory deadline
	 */
	record LevyItem(String code, String clerk, String handler, String head, Map<String, Object> assessment,
			String amount, String promised, String statutory) {
	}

}
