package cn.egov.approval.complaints;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.casework.CaseIntake;
import cn.egov.approval.satisfaction.SupervisionTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Complaints through the HTTP API alone, with the simulated clock on Monday 7 December
 * 2026, 09:00: the public journey, rejection, the 5-working-day timer, staff recording
 * and the two levels of visibility.
 */
@PlatformTest
class ComplaintJourneyHttpTest extends SupervisionTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void shouldTakeAPublicComplaintThroughAcceptRouteResultFeedbackAndRating() {
		HttpCaller citizen = this.bed.anonymous();
		Response filed = citizen.postJson("/api/complaints", complaint("13900000021", "SFX-SCJGJ").toString());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String no = filed.json().get("complaintNo").asText();
		String code = filed.json().get("queryCode").asText();
		this.bed.track(no);
		assertThat(no).matches("TS-20261207-\\d{4}");
		assertThat(filed.json().get("acceptanceDue").asText()).isEqualTo("2026-12-14");

		JsonNode registered = ok(this.bed.as("bureau").get("/api/complaints/" + no));
		assertThat(registered.get("channel").asText()).isEqualTo("WEB");
		assertThat(registered.get("actions")).extracting(JsonNode::asText).containsExactly("ACCEPT", "REJECT");
		ok(this.bed.as("bureau").postJson("/api/complaints/" + no + "/accept", "{\"opinion\": \"予以受理\"}"));
		JsonNode routed = ok(this.bed.as("bureau")
			.postJson("/api/complaints/" + no + "/route", "{\"departmentCode\": \"SFX-SCJGJ\", \"workingDays\": 10}"));
		assertThat(routed.get("status").asText()).isEqualTo("ROUTED");
		assertThat(routed.get("handlingDue").asText()).isEqualTo("2026-12-21");

		assertThat(ok(this.bed.as("supervisor").get("/api/complaints/" + no)).get("actions"))
			.extracting(JsonNode::asText)
			.containsExactly("REPORT_RESULT", "RETURN");
		JsonNode handled = ok(this.bed.as("supervisor")
			.postJson("/api/complaints/" + no + "/result", "{\"result\": \"经核实，已对窗口人员批评教育并一次性告知材料\"}"));
		assertThat(handled.get("status").asText()).isEqualTo("HANDLED");
		assertThat(handled.get("events")).extracting((e) -> e.get("kind").asText())
			.containsSubsequence("FILED", "ACCEPTED", "ROUTED", "RESULT_REPORTED", "FEEDBACK_SENT");

		JsonNode progress = ok(citizen.get("/api/public/complaints/" + no + "?queryCode=" + code));
		assertThat(progress.get("ratable").asBoolean()).isTrue();
		assertThat(progress.get("result").asText()).startsWith("经核实");
		assertThat(progress.has("events")).isFalse();
		Response rated = citizen.postJson("/api/public/complaints/" + no + "/rating?queryCode=" + code,
				"{\"level\": \"满意\", \"comment\": \"处理及时\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().get("ratingName").asText()).isEqualTo("满意");
		Response again = citizen.postJson("/api/public/complaints/" + no + "/rating?queryCode=" + code,
				"{\"level\": \"不满意\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("message").asText()).contains("只能评价一次");
	}

	@Test
	void shouldRejectWithAReasonAndRefuseARejectionWithoutOne() {
		String no = file(this.bed.anonymous(), complaint("13900000022", "SFX-SCJGJ"));

		Response bare = this.bed.as("bureau").postJson("/api/complaints/" + no + "/reject", "{}");
		assertThat(bare.status()).isEqualTo(400);
		assertThat(bare.json().get("message").asText()).contains("理由");

		JsonNode rejected = ok(this.bed.as("bureau")
			.postJson("/api/complaints/" + no + "/reject", "{\"reason\": \"属于民事纠纷，不属于行政效能投诉范围\"}"));
		assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.get("decisionReason").asText()).contains("民事纠纷");
		assertThat(rejected.get("actions")).isEmpty();
		assertThat(
				this.bed.as("bureau").postJson("/api/complaints/" + no + "/accept", "{\"opinion\": \"受理\"}").status())
			.isEqualTo(409);
	}

	@Test
	void shouldRecordTheOverdueAcceptanceAfterFiveWorkingDays() {
		String no = file(this.bed.anonymous(), complaint("13900000023", "SFX-SCJGJ"));

		this.bed.clock("2026-12-14T23:00:00+08:00");
		assertThat(ok(this.bed.as("bureau").get("/api/complaints/" + no)).get("acceptanceOverdue").asBoolean())
			.isFalse();

		this.bed.clock("2026-12-15T00:30:00+08:00");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> ok(this.bed.as("bureau").get("/api/complaints/" + no)).get("acceptanceOverdue").asBoolean());
		JsonNode overdue = ok(this.bed.as("bureau").get("/api/complaints/" + no));
		assertThat(overdue.get("escalated").asBoolean()).isTrue();
		assertThat(overdue.get("status").asText()).isEqualTo("REGISTERED");
		assertThat(overdue.get("events")).extracting((e) -> e.get("kind").asText())
			.contains("ACCEPTANCE_OVERDUE", "ESCALATED");
		JsonNode list = ok(this.bed.as("bureau").get("/api/complaints?overdue=true"));
		assertThat(list.get("items")).extracting((c) -> c.get("complaintNo").asText()).contains(no);
	}

	@Test
	void shouldRefuseAPublicComplaintWithoutAContactOrWithAWrongQueryCode() {
		CaseIntake.Received closed = this.bed.closedCase();
		HttpCaller citizen = this.bed.anonymous();

		Response noContact = citizen.postJson("/api/complaints", complaint(null, "SFX-SCJGJ").toString());
		assertThat(noContact.status()).isEqualTo(400);
		assertThat(noContact.json().get("message").asText()).contains("手机号码");

		ObjectNode wrongCode = complaint(null, null).put("caseNo", closed.caseNo()).put("queryCode", "WRONG999");
		assertThat(citizen.postJson("/api/complaints", wrongCode.toString()).status()).isEqualTo(400);

		ObjectNode withCode = complaint(null, null).put("caseNo", closed.caseNo()).put("queryCode", closed.queryCode());
		String no = file(citizen, withCode);
		JsonNode linked = ok(this.bed.as("bureau").get("/api/complaints/" + no));
		assertThat(linked.get("caseNo").asText()).isEqualTo(closed.caseNo());
		assertThat(linked.get("department").get("code").asText()).isEqualTo("SFX-SCJGJ");
		assertThat(linked.get("complainantPhone").asText()).isEqualTo("13800000001");
		JsonNode department = ok(this.bed.as("supervisor").get("/api/complaints/" + no));
		assertThat(department.get("caseNo").asText()).isEqualTo(closed.caseNo());
		assertThat(department.has("complainantPhone")).as("hidden from the department complained about").isFalse();
		assertThat(department.has("complainantName")).isFalse();
	}

	@Test
	void shouldLetStaffRecordAPhoneCallAboutACase() {
		CaseIntake.Received closed = this.bed.closedCase();
		ObjectNode call = complaint("13900000024", null).put("channel", "PHONE")
			.put("caseNo", closed.caseNo())
			.put("staffName", "王窗口");

		String no = file(this.bed.as("clerk"), call);

		JsonNode recorded = ok(this.bed.as("bureau").get("/api/complaints/" + no));
		assertThat(recorded.get("channel").asText()).isEqualTo("PHONE");
		assertThat(recorded.get("filedBy").asText()).isEqualTo("clerk");
		assertThat(recorded.get("staffName").asText()).isEqualTo("王窗口");
		assertThat(ok(this.bed.as("clerk").get("/api/complaints/" + no)).get("complaintNo").asText()).isEqualTo(no);
		assertThat(this.bed.as("clerk").postJson("/api/complaints", call.put("channel", "FAX").toString()).status())
			.isEqualTo(400);
	}

	@Test
	void shouldShowDepartmentSupervisorsTheirDepartmentAndTheBureauItsCounty() {
		String market = file(this.bed.as("applicant"), complaint(null, "SFX-SCJGJ"));
		String housing = file(this.bed.as("applicant"), complaint(null, "SFX-ZJJ"));

		assertThat(numbers(this.bed.as("supervisor"))).contains(market).doesNotContain(housing);
		assertThat(this.bed.as("supervisor").get("/api/complaints/" + housing).status()).isEqualTo(404);
		assertThat(numbers(this.bed.as("bureau"))).contains(market, housing);
		assertThat(numbers(this.bed.as("applicant"))).contains(market, housing);
		assertThat(numbers(this.bed.as("applicant2"))).doesNotContain(market, housing);
		assertThat(this.bed.as("applicant2").get("/api/complaints/" + market).status()).isEqualTo(404);
		assertThat(numbers(this.bed.as("handler"))).doesNotContain(market, housing);
		assertThat(this.bed.as("supervisor")
			.postJson("/api/complaints/" + market + "/accept", "{\"opinion\": \"受理\"}")
			.status()).isEqualTo(403);
		assertThat(this.bed.as("auditor")
			.postJson("/api/complaints", complaint("13900000025", "SFX-ZJJ").toString())
			.status()).isEqualTo(403);
	}

	private String file(HttpCaller caller, ObjectNode body) {
		Response filed = caller.postJson("/api/complaints", body.toString());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String no = filed.json().get("complaintNo").asText();
		this.bed.track(no);
		return no;
	}

	private static List<String> numbers(HttpCaller caller) {
		JsonNode page = ok(caller.get("/api/complaints?size=100"));
		List<String> numbers = new ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("complaintNo").asText()));
		return numbers;
	}

	static ObjectNode complaint(String phone, String department) {
		ObjectNode body = JSON.createObjectNode();
		body.put("complainantName", "林女士");
		if (phone != null) {
			body.put("phone", phone);
		}
		if (department != null) {
			body.put("departmentCode", department);
		}
		body.put("subject", "窗口办事拖延");
		body.put("content", "窗口工作人员多次推诿，未一次性告知所需材料");
		return body;
	}

	static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
