package cn.egov.approval.penalty;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.fees.FeeLedger;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Penalty cases through the real HTTP API as the demo logins call it: the general
 * procedure from filing to payment with the benchmark beside the proposal, the simplified
 * procedure and its refusal above APL 51's limits, roles, scope and bad input.
 */
@PlatformTest
class PenaltyJourneyTest {

	static final String PARTY = "{\"name\": \"示范县好味道餐饮有限公司\", \"type\": \"ORGANISATION\", "
			+ "\"idNo\": \"91350000MA2XXXXX0B\", \"phone\": \"13800000001\"}";

	@LocalServerPort
	int port;

	@Autowired
	FeeLedger ledger;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	private final List<String> cases = new ArrayList<>();

	@BeforeEach
	void monday() {
		clock("2027-03-01T09:00:00+08:00");
	}

	@AfterEach
	void realTime() {
		for (String caseNo : this.cases) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseNo)
				.list()
				.forEach((pi) -> this.runtime.deleteProcessInstance(pi.getId(), "journey over"));
		}
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	@Test
	void shouldRunTheGeneralProcedureFromFilingToPayment() {
		String caseNo = file("FSL-126-1");
		ok(as("head").postJson(path(caseNo, "opening"), "{\"approve\": true, \"opinion\": \"同意立案\"}"));
		Response evidence = as("officer").postJson(path(caseNo, "evidence"),
				"{\"kind\": \"INSPECTION\", \"description\": \"现场检查笔录\", \"secondOfficer\": \"officer2\"}");
		assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
		JsonNode band = as("officer")
			.postJson("/api/penalty/benchmark", "{\"legalBasis\": \"FSL-126-1\", \"factors\": {\"aggravating\": true}}")
			.json();
		assertThat(band.get("outcome").asText()).isEqualTo("HEAVIER");
		assertThat(band.get("bandMin").decimalValue()).isEqualByComparingTo("36500");
		assertThat(band.get("bandMax").decimalValue()).isEqualByComparingTo("50000");
		Response proposal = as("officer").postJson(path(caseNo, "proposal"),
				"{\"factors\": {\"aggravating\": true}, \"penaltyKind\": \"FINE\", \"fine\": 40000}");
		assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
		assertThat(proposal.json().get("bandBenchmarkVersion").asInt()).isPositive();
		ok(as("leader").postJson(path(caseNo, "review"), "{\"outcome\": \"PENALISE\"}"));
		ok(as("officer").postJson(path(caseNo, "statement"), "{\"outcome\": \"WAIVE\", \"content\": \"无异议\"}"));
		ok(as("leader").postJson(path(caseNo, "decision"), "{\"penaltyKind\": \"FINE\", \"fine\": 40000}"));
		ok(as("officer").postJson(path(caseNo, "delivery"), "{\"method\": \"IN_PERSON\"}"));
		JsonNode due = as("officer").get("/api/penalty/cases/" + caseNo).json();
		assertThat(due.get("openSteps")).extracting(JsonNode::asText).containsExactly("AwaitPayment");
		assertThat(due.get("amountDue").decimalValue()).isEqualByComparingTo("40000");
		ok(as("officer").postJson(path(caseNo, "payment"),
				"{\"method\": \"BANK\", \"reference\": \"B-" + caseNo + "\"}"));

		JsonNode closed = as("officer").get("/api/penalty/cases/" + caseNo).json();
		assertThat(closed.at("/file/status").asText()).isEqualTo("CLOSED");
		assertThat(closed.at("/file/closedOutcome").asText()).isEqualTo("PENALISED");
		assertThat(closed.get("officers")).hasSize(2);
		// The fine goes through the platform's one fee ledger, with a fiscal receipt from
		// a
		// window's book, so it counts in that window's settlement.
		assertThat(this.ledger.paymentsOf(caseNo)).singleElement().satisfies((payment) -> {
			assertThat(payment.feeName()).isEqualTo("罚款");
			assertThat(payment.amountFen()).isEqualTo(4_000_000L);
			assertThat(payment.method()).isEqualTo("WIRE");
			assertThat(payment.receiptNo()).isNotBlank();
			assertThat(payment.status()).isEqualTo("PAID");
		});
		assertThat(closed.get("notices").findValuesAsText("type")).containsExactlyInAnyOrder("PENALTY_CASE_OPENING",
				"PENALTY_PRIOR_NOTICE", "PENALTY_DECISION", "PENALTY_FINE_PAYMENT");
		String noticeId = closed.get("notices").get(0).get("id").asText();
		Response pdf = as("auditor").get("/api/penalty/cases/" + caseNo + "/notices/" + noticeId + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
	}

	@Test
	void shouldApplyToTheCourtForEnforcementThroughTheApi() {
		String caseNo = file("FSL-126-1");
		ok(as("head").postJson(path(caseNo, "opening"), "{\"approve\": true}"));
		ok(as("officer").postJson(path(caseNo, "evidence"),
				"{\"kind\": \"INSPECTION\", \"description\": \"现场检查笔录\", \"secondOfficer\": \"officer2\"}"), 201);
		ok(as("officer").postJson(path(caseNo, "proposal"),
				"{\"factors\": {\"aggravating\": true}, \"penaltyKind\": \"FINE\", \"fine\": 40000}"), 200);
		ok(as("leader").postJson(path(caseNo, "review"), "{\"outcome\": \"PENALISE\"}"));
		ok(as("officer").postJson(path(caseNo, "statement"), "{\"outcome\": \"WAIVE\", \"content\": \"无异议\"}"));
		ok(as("leader").postJson(path(caseNo, "decision"), "{\"penaltyKind\": \"FINE\", \"fine\": 40000}"));
		ok(as("officer").postJson(path(caseNo, "delivery"), "{\"method\": \"IN_PERSON\"}"));
		String enforcement = path(caseNo, "enforcement");
		String application = "{\"outcome\": \"APPLIED\", \"court\": \"示范县人民法院\", "
				+ "\"courtReference\": \"（2027）闽0102行审12号\", \"opinion\": \"逾期不缴纳罚款\"}";
		assertThat(as("head").postJson(enforcement, application).status()).isEqualTo(409);
		passTimer(caseNo, "PaymentOverdue");
		passTimer(caseNo, "EnforcementWindowOpens");
		JsonNode waiting = as("head").get("/api/penalty/cases/" + caseNo).json();
		assertThat(waiting.get("openSteps")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("AwaitPayment", "ApplyForEnforcement");
		assertThat(waiting.at("/file/enforcementOpensAfter").asText()).isEqualTo("2027-09-01");
		assertThat(waiting.at("/file/enforcementLastDay").asText()).isEqualTo("2027-12-01");

		assertThat(as("head2").postJson(enforcement, application).status()).isEqualTo(404);
		assertThat(as("officer").postJson(enforcement, application).status()).isEqualTo(403);
		Response noCourt = as("head").postJson(enforcement, "{\"outcome\": \"APPLIED\"}");
		assertThat(noCourt.status()).isEqualTo(400);
		assertThat(noCourt.json().get("message").asText()).contains("court");
		Response noReason = as("head").postJson(enforcement, "{\"outcome\": \"NOT_APPLIED\", \"reason\": \" \"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("message").asText()).contains("reason");
		Response early = as("head").postJson(enforcement,
				"{\"outcome\": \"APPLIED\", \"court\": \"示范县人民法院\", \"appliedOn\": \"2027-08-20\"}");
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().get("message").asText()).contains("2027-09-02", "2027-12-01", "第五十三条");
		JsonNode unchanged = as("head").get("/api/penalty/cases/" + caseNo).json();
		assertThat(unchanged.get("openSteps")).extracting(JsonNode::asText).contains("ApplyForEnforcement");
		assertThat(unchanged.at("/file/enforcementOutcome").isNull()).isTrue();

		ok(as("leader").postJson(enforcement, application));

		JsonNode applied = as("leader").get("/api/penalty/cases/" + caseNo).json();
		assertThat(applied.get("openSteps")).extracting(JsonNode::asText).containsExactly("AwaitPayment");
		assertThat(applied.at("/file/enforcementOutcome").asText()).isEqualTo("APPLIED");
		assertThat(applied.at("/file/enforcementCourt").asText()).isEqualTo("示范县人民法院");
		assertThat(applied.at("/file/enforcementAppliedOn").asText()).isEqualTo("2027-09-02");
		assertThat(applied.at("/file/enforcementAnsweredBy").asText()).isEqualTo("leader");
		JsonNode last = applied.get("timeline").get(applied.get("timeline").size() - 1);
		assertThat(last.get("kind").asText()).isEqualTo("ENFORCEMENT_APPLIED");
		assertThat(last.get("detail").asText()).contains("示范县人民法院", "（2027）闽0102行审12号");
		assertThat(as("leader").postJson(enforcement, application).status()).isEqualTo(409);
	}

	@Test
	void shouldShowTheCaseTimelineOldestFirstWithTheActorsNames() {
		String caseNo = file("FSL-126-1");
		clock("2027-03-01T10:00:00+08:00");
		ok(as("head").postJson(path(caseNo, "opening"), "{\"approve\": true, \"opinion\": \"同意立案\"}"));
		clock("2027-03-01T11:00:00+08:00");
		Response evidence = as("officer").postJson(path(caseNo, "evidence"),
				"{\"kind\": \"INSPECTION\", \"description\": \"现场检查笔录\", \"secondOfficer\": \"officer2\"}");
		assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);

		JsonNode timeline = as("officer").get("/api/penalty/cases/" + caseNo).json().get("timeline");
		assertThat(timeline.findValuesAsText("kind")).containsExactly("FILED", "NOTICE_ISSUED", "OPENED",
				"EVIDENCE_RECORDED");
		assertThat(timeline.findValuesAsText("actorName")).containsExactly("林执法", "钱科长", "钱科长", "林执法");
		assertThat(timeline.findValuesAsText("at").stream().map((at) -> OffsetDateTime.parse(at).toInstant()))
			.containsExactly(Instant.parse("2027-03-01T01:00:00Z"), Instant.parse("2027-03-01T02:00:00Z"),
					Instant.parse("2027-03-01T02:00:00Z"), Instant.parse("2027-03-01T03:00:00Z"));
		assertThat(timeline.get(0).get("actor").asText()).isEqualTo("officer");
		assertThat(timeline.get(0).get("detail").asText()).isEqualTo("案源登记，报请立案");
		assertThat(timeline.get(3).get("anomaly").asBoolean()).isFalse();
		// Region readers see the same history; readers out of scope still get 404
		// (above).
		assertThat(as("auditor").get("/api/penalty/cases/" + caseNo).json().get("timeline")).isEqualTo(timeline);
	}

	@Test
	void shouldRefuseTheSimplifiedProcedureAboveItsLimitWithTheReason() {
		Response refused = as("officer").postJson("/api/penalty/on-the-spot", onTheSpot("FINE", "5000"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("message").asText()).contains("不适用简易程序", "3000", "5000");
		Response english = as("officer").postJson("/api/penalty/on-the-spot", onTheSpot("FINE", "5000"),
				"Accept-Language", "en");
		assertThat(english.json().get("message").asText()).contains("simplified procedure does not apply");
		Response belowMinimum = as("officer").postJson("/api/penalty/on-the-spot", onTheSpot("FINE", "2000"));
		assertThat(belowMinimum.status()).isEqualTo(422);
		assertThat(belowMinimum.json().get("message").asText()).contains("不适用简易程序", "2000", "低于", "5000", "普通程序");

		Response warned = as("officer").postJson("/api/penalty/on-the-spot", onTheSpot("WARNING", null));
		assertThat(warned.status()).as(warned.body()).isEqualTo(201);
		String caseNo = warned.json().get("caseNo").asText();
		this.cases.add(caseNo);
		ok(as("officer").post(path(caseNo, "filing"), "application/json",
				java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(as("officer").get("/api/penalty/cases/" + caseNo).json().at("/file/status").asText())
			.isEqualTo("CLOSED");
	}

	@Test
	void shouldKeepEachStepToItsRoleAndEachCaseToItsAgency() {
		String caseNo = file("FSL-126-1");
		assertThat(as("officer").postJson(path(caseNo, "opening"), "{\"approve\": true}").status()).isEqualTo(403);
		assertThat(as("clerk").get("/api/penalty/cases").status()).isEqualTo(403);
		assertThat(as("head2").get("/api/penalty/cases/" + caseNo).status()).isEqualTo(404);
		assertThat(as("legal").get("/api/penalty/cases/" + caseNo).status()).isEqualTo(200);
		assertThat(as("head").postJson(path(caseNo, "review"), "{\"outcome\": \"PENALISE\"}").status()).isEqualTo(403);
		// The head's licensing to-do list still answers while a penalty task waits for
		// the head's group.
		assertThat(as("head").get("/api/tasks").status()).isEqualTo(200);
		Response early = as("leader").postJson(path(caseNo, "decision"), "{\"penaltyKind\": \"WARNING\"}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("message").asText()).contains("当前不在");
	}

	@Test
	void shouldPreserveEvidenceWithTheHeadsApprovalAndDecideOnItWithinSevenWorkingDays() {
		String caseNo = file("FSL-126-1");
		String preservations = path(caseNo, "preservations");
		String request = "{\"items\": \"超过保质期的牛奶 12 盒\\n进货单据 1 份\", \"reason\": \"当事人可能转移涉案食品\"}";
		Response unopened = as("officer").postJson(preservations, request);
		assertThat(unopened.status()).isEqualTo(409);
		assertThat(unopened.json().get("message").asText()).contains("调查取证");
		ok(as("head").postJson(path(caseNo, "opening"), "{\"approve\": true}"));
		assertThat(as("officer3").postJson(preservations, request).status()).isEqualTo(403);
		assertThat(as("leader").postJson(preservations, request).status()).isEqualTo(403);
		Response noItems = as("officer").postJson(preservations, "{\"reason\": \"当事人可能转移涉案食品\"}");
		assertThat(noItems.status()).isEqualTo(400);
		assertThat(noItems.json().get("message").asText()).contains("items");

		Response requested = as("officer").postJson(preservations, request);
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
		String approval = preservations + "/" + requested.json().get("id").asText() + "/approval";
		String decision = preservations + "/" + requested.json().get("id").asText() + "/decision";
		assertThat(as("head").postJson(approval, "{\"approved\": true}").status()).isEqualTo(403);
		assertThat(as("head2").postJson(approval, "{\"approved\": true}").status()).isEqualTo(404);
		assertThat(as("leader").postJson(preservations + "/nope/approval", "{\"approved\": true}").status())
			.isEqualTo(404);
		Response tooEarly = as("officer").postJson(decision, "{\"decision\": \"RETURN\", \"note\": \"退还\"}");
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.json().get("message").asText()).contains("REQUESTED");
		ok(as("leader").postJson(approval, "{\"approved\": true, \"opinion\": \"同意先行登记保存\"}"));
		assertThat(as("leader").postJson(approval, "{\"approved\": true}").status()).isEqualTo(409);
		Response unknownDecision = as("officer").postJson(decision, "{\"decision\": \"DESTROY\", \"note\": \"销毁\"}",
				"Accept-Language", "en");
		assertThat(unknownDecision.status()).isEqualTo(400);
		assertThat(unknownDecision.json().get("message").asText()).contains("must be one of", "RETURN");
		ok(as("officer2").postJson(decision, "{\"decision\": \"CONFISCATION_PROPOSED\", \"note\": \"拟在处罚决定中没收\"}"));

		JsonNode detail = as("officer").get("/api/penalty/cases/" + caseNo).json();
		assertThat(detail.get("preservations")).singleElement().satisfies((preservation) -> {
			assertThat(preservation.get("status").asText()).isEqualTo("DECIDED");
			assertThat(preservation.get("decisionKind").asText()).isEqualTo("CONFISCATION_PROPOSED");
			assertThat(preservation.get("approvedBy").asText()).isEqualTo("leader");
			assertThat(preservation.get("dueDate").asText()).isEqualTo("2027-03-10");
		});
		assertThat(detail.get("notices").findValuesAsText("type")).contains("PENALTY_PRESERVATION");
		assertThat(detail.get("openSteps")).extracting(JsonNode::asText).containsExactly("Investigate");
	}

	@Test
	void shouldAnswerBadInputWithTheField() {
		Response noFacts = as("officer").postJson("/api/penalty/cases", "{\"itemCode\": \"SFX-SCJGJ-CF-0001\", "
				+ "\"legalBasis\": \"FSL-126-1\", \"party\": " + PARTY + ", \"secondOfficer\": \"officer2\"}");
		assertThat(noFacts.status()).isEqualTo(400);
		assertThat(noFacts.json().get("message").asText()).contains("facts");
		Response oneOfficer = as("officer").postJson("/api/penalty/cases", filing("FSL-126-1", "officer"));
		assertThat(oneOfficer.status()).isEqualTo(400);
		Response uncertified = as("officer").postJson("/api/penalty/cases", filing("FSL-126-1", "handler"));
		assertThat(uncertified.status()).isEqualTo(400);
		assertThat(uncertified.json().get("message").asText()).contains("handler", "执法证");
		Response otherBasis = as("officer").postJson("/api/penalty/cases", filing("ALL-99", "officer2"));
		assertThat(otherBasis.status()).isEqualTo(400);
	}

	private String file(String basis) {
		Response filed = as("officer").postJson("/api/penalty/cases", filing(basis, "officer2"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String caseNo = filed.json().get("caseNo").asText();
		this.cases.add(caseNo);
		return caseNo;
	}

	private static String filing(String basis, String second) {
		return "{\"itemCode\": \"SFX-SCJGJ-CF-0001\", \"legalBasis\": \"" + basis + "\", \"party\": " + PARTY
				+ ", \"facts\": \"当事人销售超过保质期的食品<script>\", \"secondOfficer\": \"" + second + "\"}";
	}

	private static String onTheSpot(String kind, String fine) {
		return "{\"itemCode\": \"SFX-SCJGJ-CF-0001\", \"legalBasis\": \"FSL-126-1\", \"party\": " + PARTY
				+ ", \"facts\": \"未按规定查验进货票据\", \"penaltyKind\": \"" + kind + "\", \"fine\": " + fine
				+ ", \"secondOfficer\": \"officer2\"}";
	}

	private static String path(String caseNo, String step) {
		return "/api/penalty/cases/" + caseNo + "/" + step;
	}

	private static void ok(Response response) {
		ok(response, 204);
	}

	private static void ok(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	/**
	 * Moves the clock a minute past a timer of the case's process and waits until it
	 * fired.
	 */
	private void passTimer(String caseNo, String activityId) {
		String pi = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
		Job timer = this.management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
		assertThat(timer).as(activityId).isNotNull();
		clock(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1)).atOffset(ZoneOffset.ofHours(8)).toString());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.management.createJobQuery().processInstanceId(pi).activityId(activityId).count())
				.isZero());
	}

	private void clock(String now) {
		assertThat(as("admin").postJson("/api/admin/clock", "{\"now\": \"" + now + "\"}").status()).isEqualTo(200);
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

}
