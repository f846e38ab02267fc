package cn.egov.approval.levy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.clock.PlatformClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/levy-standard.bpmn}: every path, gateway and timer, on levy cases
 * recorded on Monday 7 December 2026 (no holiday in the following weeks), up to the
 * application to the court when the written demand goes unheeded.
 */
@PlatformTest
class LevyStandardProcessTest {

	static final String RECORDED = "2026-12-07T09:00:00";

	/** The department of {@link LevyApi#INFRASTRUCTURE}. */
	static final String HOUSING = "SFX-ZJJ";

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LevyApi api;

	@BeforeEach
	void recordOnAMonday() {
		this.api = new LevyApi(this.context, this.port);
		this.api.clock(RECORDED);
	}

	@AfterEach
	void cleanUp() {
		this.api.cleanUp();
	}

	@Test
	void shouldAssessAtTheStandardBillTakeTheMoneyAtTheWindowAndClose() {
		long completedBefore = completedInDecember(HOUSING);
		String caseNo = this.api.record(LevyApi.INFRASTRUCTURE, "clerk2");
		assertThat(this.api.instance(caseNo)).isWaitingAt("Assess").hasPassed("StartClock");
		JsonNode recorded = this.api.detail(caseNo);
		assertThat(recorded.get("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(recorded.get("promisedDeadline").asText()).isEqualTo("2026-12-14");
		assertThat(recorded.get("statutoryDeadline").asText()).isEqualTo("2026-12-21");
		assertThat(this.api.timer(caseNo, "ReminderDue")).isNotNull();
		assertThat(this.api.timer(caseNo, "PromisedLimitReached")).isNotNull();
		assertThat(this.api.timer(caseNo, "StatutoryLimitReached")).isNotNull();

		this.api.completeOk("handler2", caseNo, "assessment",
				Map.of("outcome", "ASSESSED", "quantity", "1234.5", "opinion", "按规划许可证核定地上建筑面积"));

		assertThat(this.api.instance(caseNo))
			.hasPassed("ComputeAssessment", "OverrideRequested", "AssessedJoin", "HandlingAssessed", "PaymentDue",
					"IssuePaymentNotice")
			.hasNotPassed("ApproveOverride")
			.isWaitingAt("AwaitPayment");
		JsonNode account = this.api.account(caseNo);
		assertThat(new BigDecimal(account.get("bill").get("amount").asText())).isEqualByComparingTo("74070.00");
		assertThat(this.api.notices(caseNo)).containsExactly("LEVY_PAYMENT");
		assertThat(this.api.timer(caseNo, "PaymentOverdue")).isNotNull();

		JsonNode receipt = this.api.payOk("cashier", caseNo, "74070.00");
		assertThat(receipt.get("receiptNo").asText()).startsWith("FS2026");

		assertThat(this.api.instance(caseNo)).hasPassed("RecordPaid", "CloseLevy", "ClosedCollected").isEnded();
		JsonNode closed = this.api.detail(caseNo);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("fee").get("receiptNo").asText()).isEqualTo(receipt.get("receiptNo").asText());
		assertThat(this.api.events(caseNo)).contains("LEVY_ASSESSED", "FEE_REQUESTED", "FEE_PAID", "CLOSED");
		// A collected levy is a completed case in the department's scores.
		assertThat(completedInDecember(HOUSING)).isEqualTo(completedBefore + 1);
	}

	/** The department's completed cases of December 2026 in {@code GET /api/scores}. */
	private long completedInDecember(String department) {
		Response scores = this.api.as("bureau").get("/api/scores?period=2026-12");
		assertThat(scores.status()).as(scores.body()).isEqualTo(200);
		for (JsonNode row : scores.json()) {
			if (department.equals(row.get("department").get("code").asText())) {
				return row.get("completed").asLong();
			}
		}
		return 0;
	}

	@Test
	void shouldExemptAffordableHousingOnlyWithTheSectionHeadsApproval() {
		String caseNo = this.api.record(LevyApi.INFRASTRUCTURE, "clerk2");
		Response unexplained = this.api.complete("handler2", caseNo, "assessment",
				Map.of("outcome", "ASSESSED", "quantity", "5000", "exempt", true, "opinion", "保障性住房"));
		assertThat(unexplained.status()).isEqualTo(400);
		assertThat(unexplained.body()).contains("overrideReason");

		this.api.completeOk("handler2", caseNo, "assessment", Map.of("outcome", "ASSESSED", "quantity", "5000",
				"exempt", true, "overrideReason", "列入县保障性安居工程计划的公共租赁住房", "opinion", "申请免征"));
		assertThat(this.api.instance(caseNo)).hasPassed("OverrideRequested").isWaitingAt("ApproveOverride");
		this.api.completeOk("head2", caseNo, "override-approval", Map.of("outcome", "APPROVE", "opinion", "同意免征"));

		assertThat(this.api.instance(caseNo))
			.hasPassed("DecideOverride", "OverrideApproved", "HandlingAssessed", "PaymentDue", "IssueExemption",
					"CloseExempted", "ClosedExempted")
			.hasNotPassed("IssuePaymentNotice")
			.isEnded();
		assertThat(this.api.notices(caseNo)).containsExactly("LEVY_EXEMPTION");
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("CLOSED");
		assertThat(this.api.events(caseNo)).contains("OVERRIDE_REQUESTED", "OVERRIDE_APPROVED", "EXEMPTED");
	}

	@Test
	void shouldSendARefusedOverrideBackToTheHandlerAndThenBillTheStandard() {
		String caseNo = this.api.record(LevyApi.RECLAMATION, "clerk3");
		this.api.completeOk("handler3", caseNo, "assessment", Map.of("outcome", "ASSESSED", "quantity", "12.5",
				"unitCost", "8000", "amount", "90000", "overrideReason", "企业已自行复垦一部分", "opinion", "申请核减"));
		assertThat(this.api.instance(caseNo)).isWaitingAt("ApproveOverride");
		this.api.completeOk("head3", caseNo, "override-approval",
				Map.of("outcome", "REFUSE", "opinion", "未经复垦验收，不予核减"));
		assertThat(this.api.instance(caseNo)).hasPassed("OverrideApproved", "AssessJoin").isWaitingAt("Assess");

		this.api.completeOk("handler3", caseNo, "assessment",
				Map.of("outcome", "ASSESSED", "quantity", "12.5", "unitCost", "8000", "opinion", "按复垦方案核定"));
		assertThat(this.api.instance(caseNo)).isWaitingAt("AwaitPayment");
		assertThat(new BigDecimal(this.api.account(caseNo).get("bill").get("amount").asText()))
			.isEqualByComparingTo("100000");
		assertThat(this.api.events(caseNo)).contains("OVERRIDE_REFUSED");
	}

	@Test
	void shouldBillAnApprovedOverrideAtItsAmount() {
		String caseNo = this.api.record(LevyApi.RECLAMATION, "clerk3");
		this.api.completeOk("handler3", caseNo, "assessment", Map.of("outcome", "ASSESSED", "quantity", "12.5",
				"unitCost", "8000", "amount", "90000", "overrideReason", "复垦验收合格面积 1.25 亩", "opinion", "按验收结果核减"));
		this.api.completeOk("head3", caseNo, "override-approval", Map.of("outcome", "APPROVE", "opinion", "同意"));

		assertThat(this.api.instance(caseNo)).hasPassed("IssuePaymentNotice").isWaitingAt("AwaitPayment");
		assertThat(new BigDecimal(this.api.account(caseNo).get("bill").get("amount").asText()))
			.isEqualByComparingTo("90000");
		this.api.payOk("cashier", caseNo, "90000");
		assertThat(this.api.instance(caseNo)).isEnded();
	}

	@Test
	void shouldRecordTheLegalClockEventsOfAnAssessmentLeftUndone() {
		String caseNo = this.api.record(LevyApi.INFRASTRUCTURE, "clerk2");
		this.api.passDueDateOf(caseNo, "ReminderDue");
		this.api.passDueDateOf(caseNo, "PromisedLimitReached");
		this.api.passDueDateOf(caseNo, "StatutoryLimitReached");

		assertThat(this.api.instance(caseNo))
			.hasPassed("RecordReminder", "ReminderRecorded", "RecordPromisedLimitExceeded",
					"PromisedLimitExceededRecorded", "RecordStatutoryLimitExceeded", "StatutoryLimitExceededRecorded")
			.isWaitingAt("Assess");
		assertThat(this.api.events(caseNo)).contains("REMINDER", "PROMISED_LIMIT_EXCEEDED", "STATUTORY_LIMIT_EXCEEDED");
	}

	@Test
	void shouldDemandPaymentAfterThePeriodAndAddTheSurcharge() {
		String caseNo = this.api.billed("1000");
		// 10 working days after Monday 7 December: Monday 21 December.
		assertThat(this.api.timer(caseNo, "PaymentOverdue").getDuedate()).isEqualTo(startOf("2026-12-22"));

		this.api.passDueDateOf(caseNo, "PaymentOverdue");
		assertThat(this.api.instance(caseNo)).hasPassed("IssueDemand")
			.isWaitingAt("AwaitPayment", "DemandPeriodPassed");
		assertThat(this.api.notices(caseNo)).containsExactly("LEVY_PAYMENT", "LEVY_DEMAND");
		// Served on Tuesday 22 December, the demand asks for payment within 10 working
		// days, by Tuesday 5 January, later than ACL 54's 10 days; but the court takes
		// the
		// application only once the payer's six months to sue over the payment notice of
		// 7 December have run out, on 7 June.
		assertThat(this.api.timer(caseNo, "DemandPeriodPassed").getDuedate()).isEqualTo(startOf("2027-06-08"));

		// 10 days late: 60,000 × 0.05 % × 10 = 300, paid while the demand's period runs.
		this.api.clock("2026-12-31T10:00:00");
		assertThat(new BigDecimal(this.api.account(caseNo).get("due").asText())).isEqualByComparingTo("60300");
		this.api.payOk("cashier", caseNo, "60300.00");
		assertThat(this.api.instance(caseNo)).hasPassed("ClosedCollected")
			.hasNotPassed("ApplyForEnforcement")
			.isEnded();
		assertThat(this.api.leftBehind(caseNo)).isEmpty();
	}

	@Test
	void shouldAskTheSectionHeadToApplyToTheCourtTenDaysAfterAnUnheededDemand() {
		String caseNo = unheededDemand();
		JsonNode task = this.api.task("head2", caseNo, "enforcement-application");
		assertThat(task.get("outcomes")).extracting(JsonNode::asText).containsExactly("APPLIED", "NOT_APPLIED");

		// The court takes it until three months after the time to sue ran out.
		assertThat(enforcementTask(caseNo).getDueDate())
			.isEqualTo(Date.from(startOf("2027-09-08").toInstant().minusSeconds(1)));
		this.api.clock("2027-06-09T09:30:00");
		Response unnamed = this.api.complete("head2", caseNo, "enforcement-application",
				Map.of("outcome", "APPLIED", "appliedOn", "2027-06-10", "opinion", "申请强制执行"));
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.body()).contains("courtName", "appliedOn");
		// Before the window opened (7 June is the last day to sue): the court would not
		// take it.
		Response early = this.api.complete("head2", caseNo, "enforcement-application",
				Map.of("outcome", "APPLIED", "courtName", "示范县人民法院", "appliedOn", "2027-06-07", "opinion", "申请强制执行"));
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.body()).contains("申请日期 2027-06-07 不在申请法院强制执行的期限内（2027-06-08 至 2027-09-07");
		this.api.completeOk("head2", caseNo, "enforcement-application",
				Map.of("outcome", "APPLIED", "courtName", "示范县人民法院", "appliedOn", "2027-06-09", "courtReference",
						"(2027)示0101行审1号", "opinion", "催告后逾期仍未缴纳，申请强制执行"));

		assertThat(this.api.instance(caseNo)).hasPassed("RecordEnforcement", "EnforcementRecorded")
			.isWaitingAt("AwaitPayment");
		assertThat(this.api.events(caseNo)).contains("ENFORCEMENT_APPLIED").doesNotContain("ENFORCEMENT_NOT_APPLIED");
		LevyEnforcementDecision decision = enforcementOf(caseNo).orElseThrow();
		assertThat(decision.outcome()).isEqualTo("APPLIED");
		assertThat(decision.courtName()).isEqualTo("示范县人民法院");
		assertThat(decision.appliedOn()).isEqualTo("2027-06-09");
		assertThat(decision.courtReference()).isEqualTo("(2027)示0101行审1号");
		assertThat(decision.decidedBy()).isEqualTo("head2");

		// The court collects through the ledger like any payment: the case closes.
		this.api.payOk("cashier", caseNo, new BigDecimal(this.api.account(caseNo).get("due").asText()).toPlainString());
		assertThat(this.api.instance(caseNo)).hasPassed("ClosedCollected").isEnded();
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("CLOSED");
	}

	@Test
	void shouldRefuseNotApplyingWithoutAReasonAndLeaveTheCaseUnchanged() {
		String caseNo = unheededDemand();
		String status = this.api.detail(caseNo).get("status").asText();

		Response unexplained = this.api.complete("head2", caseNo, "enforcement-application",
				Map.of("outcome", "NOT_APPLIED", "notAppliedReason", "  ", "opinion", "暂不申请"));
		assertThat(unexplained.status()).isEqualTo(400);
		assertThat(unexplained.body()).contains("notAppliedReason");
		assertThat(this.api.instance(caseNo)).isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		assertThat(this.api.events(caseNo)).doesNotContain("ENFORCEMENT_APPLIED", "ENFORCEMENT_NOT_APPLIED");
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo(status);
		assertThat(enforcementOf(caseNo)).isEmpty();

		this.api.completeOk("head2", caseNo, "enforcement-application",
				Map.of("outcome", "NOT_APPLIED", "notAppliedReason", "当事人已申请行政复议"));
		assertThat(this.api.instance(caseNo)).hasPassed("RecordEnforcement").isWaitingAt("AwaitPayment");
		assertThat(this.api.events(caseNo)).contains("ENFORCEMENT_NOT_APPLIED");
		assertThat(enforcementOf(caseNo).orElseThrow())
			.extracting(LevyEnforcementDecision::outcome, LevyEnforcementDecision::notAppliedReason,
					LevyEnforcementDecision::courtName)
			.containsExactly("NOT_APPLIED", "当事人已申请行政复议", null);
	}

	@Test
	void shouldCloseAPaidCaseAndDropTheWaitingEnforcementTask() {
		String caseNo = unheededDemand();
		this.api.task("head2", caseNo, "enforcement-application");

		this.api.payOk("cashier", caseNo, new BigDecimal(this.api.account(caseNo).get("due").asText()).toPlainString());

		assertThat(this.api.instance(caseNo)).hasPassed("RecordPaid", "CloseLevy", "ClosedCollected")
			.hasNotPassed("RecordEnforcement")
			.isEnded();
		assertThat(this.api.leftBehind(caseNo)).isEmpty();
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("CLOSED");
		assertThat(this.api.as("head2").get("/api/tasks").json())
			.noneMatch((t) -> caseNo.equals(t.get("caseNo").asText()));
		assertThat(enforcementOf(caseNo)).isEmpty();
	}

	/**
	 * A case billed, demanded on 22 December and still unpaid when the demand's time is
	 * up.
	 */
	private String unheededDemand() {
		String caseNo = this.api.billed("1000");
		this.api.passDueDateOf(caseNo, "PaymentOverdue");
		this.api.passDueDateOf(caseNo, "DemandPeriodPassed");
		assertThat(this.api.instance(caseNo)).hasPassed("IssueDemand", "DemandPeriodPassed")
			.isWaitingAt("AwaitPayment", "ApplyForEnforcement");
		return caseNo;
	}

	private Task enforcementTask(String caseNo) {
		return this.context.getBean(TaskService.class)
			.createTaskQuery()
			.taskDefinitionKey("ApplyForEnforcement")
			.processInstanceBusinessKey(caseNo)
			.singleResult();
	}

	private Optional<LevyEnforcementDecision> enforcementOf(String caseNo) {
		return this.context.getBean(LevyMapper.class).findEnforcement(caseNo);
	}

	private static Date startOf(String day) {
		return Date.from(LocalDate.parse(day).atStartOfDay(PlatformClock.ZONE).toInstant());
	}

	@Test
	void shouldNeverChargeASurchargeAboveThePrincipal() {
		BigDecimal principal = new BigDecimal("60000.00");
		LocalDate payBy = LocalDate.parse("2026-12-21");
		assertThat(LevySurcharges.surcharge(principal, payBy, payBy.plusDays(20), new BigDecimal("0.0005")))
			.isEqualByComparingTo("600");
		assertThat(LevySurcharges.surcharge(principal, payBy, payBy.plusDays(2001), new BigDecimal("0.0005")))
			.isEqualByComparingTo("60000");
		assertThat(LevySurcharges.surcharge(principal, payBy, payBy, new BigDecimal("0.0005"))).isZero();
	}

}
