package cn.egov.approval.casework;

import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, bad input and scope: every wrong request gets a 4xx with a message a person
 * understands and leaves the case as it was; nobody sees a case outside their scope.
 */
@PlatformTest
class CaseworkRulesTest extends CaseworkHttpTest {

	@Test
	void shouldRefuseBadApplications() {
		HttpCaller applicant = this.api.as("applicant");
		Response unknown = applicant.postJson("/api/cases",
				CaseworkApi.application("NO-SUCH-ITEM", "ENTERPRISE", "91350000MA2XXXXX0B", "ONLINE"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("message").asText()).contains("NO-SUCH-ITEM").contains("不存在");

		Response missing = applicant.postJson("/api/cases",
				"{\"itemCode\": \"SFX-SCJGJ-XK-0001\", \"channel\": \"ONLINE\", \"applicant\": {\"name\": \"张三\","
						+ " \"type\": \"PERSON\", \"idNo\": \"123\", \"phone\": \"110\"}, \"formData\": {}}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("fieldErrors")).extracting((f) -> f.get("field").asText())
			.containsExactlyInAnyOrder("applicant.idNo", "applicant.phone", "formData.description");

		Response window = applicant.postJson("/api/cases",
				CaseworkApi.application("SFX-SCJGJ-XK-0001", "ENTERPRISE", "91350000MA2XXXXX0B", "WINDOW"));
		assertThat(window.status()).isEqualTo(403);

		Response otherDepartment = this.api.as("clerk2")
			.postJson("/api/cases",
					CaseworkApi.application("SFX-SCJGJ-XK-0001", "ENTERPRISE", "91350000MA2XXXXX0B", "WINDOW"));
		assertThat(otherDepartment.status()).isEqualTo(403);
		assertThat(this.api.as("handler").postJson("/api/cases", "{}").status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseIdNumbersWithAWrongCheckCharacter() {
		HttpCaller applicant = this.api.as("applicant");
		Response person = applicant.postJson("/api/cases",
				CaseworkApi.application("SFX-SCJGJ-XK-0001", "PERSON", "110101199003071234", "ONLINE"));
		assertThat(person.status()).as(person.body()).isEqualTo(400);
		assertThat(person.json().get("message").asText()).contains("110101199003071234").contains("校验码");
		Response enterprise = applicant.postJson("/api/cases",
				CaseworkApi.application("SFX-SCJGJ-XK-0001", "ENTERPRISE", "91350000MA2XXXXX0A", "ONLINE"));
		assertThat(enterprise.status()).as(enterprise.body()).isEqualTo(400);
		assertThat(enterprise.json().get("message").asText()).contains("统一社会信用代码");
		Response valid = applicant.postJson("/api/cases",
				CaseworkApi.application("SFX-SCJGJ-XK-0001", "PERSON", "110101199003071233", "ONLINE"));
		assertThat(valid.status()).as(valid.body()).isEqualTo(201);
	}

	@Test
	void shouldRefuseOnlineLevyApplicationsAndOtherPeoplesPhones() {
		HttpCaller applicant = this.api.as("applicant");
		Response levy = applicant.postJson("/api/cases",
				CaseworkApi.application("SFX-ZJJ-ZS-0001", "ENTERPRISE", "91350000MA2XXXXX0B", "ONLINE"));
		assertThat(levy.status()).as(levy.body()).isEqualTo(400);
		assertThat(levy.json().get("message").asText()).contains("窗口");

		Response otherPhone = this.api.as("applicant2")
			.postJson("/api/cases",
					CaseworkApi.application("SFX-SCJGJ-XK-0001", "ENTERPRISE", "91350000MA2XXXXX0B", "ONLINE"));
		assertThat(otherPhone.status()).as(otherPhone.body()).isEqualTo(400);
		assertThat(otherPhone.json().get("message").asText()).contains("13800000002");
	}

	@Test
	void shouldRefuseWrongUploadsAndKeepTheCase() {
		String caseNo = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		HttpCaller applicant = this.api.as("applicant");
		Response exe = applicant.upload("/api/cases/" + caseNo + "/materials", "申请书.pdf",
				"MZ\u0090\u0000 not a pdf".getBytes(), Map.of("materialIndex", "0"));
		assertThat(exe.status()).isEqualTo(400);
		assertThat(exe.json().get("message").asText()).contains("申请书.pdf").contains("PDF");
		Response index = applicant.upload("/api/cases/" + caseNo + "/materials", "a.pdf", CaseworkApi.PDF,
				Map.of("materialIndex", "99"));
		assertThat(index.status()).isEqualTo(400);
		Response tooLarge = applicant.upload("/api/cases/" + caseNo + "/materials", "big.pdf", large(),
				Map.of("materialIndex", "0"));
		assertThat(tooLarge.status()).isBetween(400, 413);
		Response stranger = this.api.as("applicant2")
			.upload("/api/cases/" + caseNo + "/materials", "a.pdf", CaseworkApi.PDF, Map.of("materialIndex", "0"));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(this.api.detail(caseNo).get("materials")).isEmpty();
	}

	@Test
	void shouldRefuseWrongCompletionsAndKeepTheCase() {
		String caseNo = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		JsonNode task = this.api.task("clerk", caseNo, "pre-check");
		String id = task.get("id").asText();

		Response outcome = this.api.as("clerk")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"APPROVE\", \"opinion\": \"好\"}");
		assertThat(outcome.status()).isEqualTo(400);
		assertThat(outcome.json().get("message").asText()).contains("ACCEPT").contains("REQUEST_CORRECTION");
		Response noOpinion = this.api.as("clerk")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"ACCEPT\"}");
		assertThat(noOpinion.status()).isEqualTo(400);
		Response noDefects = this.api.as("clerk")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"REQUEST_CORRECTION\", \"opinion\": \"缺材料\"}");
		assertThat(noDefects.status()).isEqualTo(400);
		Response noReason = this.api.as("clerk")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"REJECT\", \"opinion\": \"不予受理\"}");
		assertThat(noReason.status()).isEqualTo(400);
		Response notTheirs = this.api.as("handler")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"ACCEPT\", \"opinion\": \"受理\"}");
		assertThat(notTheirs.status()).isEqualTo(404);
		Response otherDepartment = this.api.as("clerk2")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"ACCEPT\", \"opinion\": \"受理\"}");
		assertThat(otherDepartment.status()).isEqualTo(404);
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("RECEIVED");

		Response claimed = this.api.as("clerk")
			.post("/api/tasks/" + id + "/claim", "application/json", java.net.http.HttpRequest.BodyPublishers.noBody());
		assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
		assertThat(claimed.json().get("assignee").asText()).isEqualTo("clerk");

		this.api.completeOk("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		Response stale = this.api.as("clerk")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"ACCEPT\", \"opinion\": \"受理\"}");
		assertThat(stale.status()).isEqualTo(404);
		assertThat(stale.json().get("message").asText()).contains("刷新");

		Response returnFirst = this.api.complete("handler", caseNo, "handler",
				Map.of("outcome", "RETURN", "opinion", "退回", "returnTo", "pre-check"));
		assertThat(returnFirst.status()).isEqualTo(400);
		this.api.completeOk("handler", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合条件"));
		String before = this.api.detail(caseNo).get("status").asText();
		Response returnNowhere = this.api.complete("head", caseNo, "section-head",
				Map.of("outcome", "RETURN", "opinion", "退回"));
		assertThat(returnNowhere.status()).as(returnNowhere.body()).isEqualTo(400);
		assertThat(returnNowhere.json().get("message").asText()).contains("退回").contains("handler");
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo(before);
		assertThat(this.api.task("head", caseNo, "section-head")).isNotNull();
	}

	@Test
	void shouldScopeCasesToWhoMaySeeThem() {
		String caseNo = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		assertThat(this.api.as("applicant").get("/api/cases/" + caseNo).status()).isEqualTo(200);
		assertThat(this.api.as("handler").get("/api/cases/" + caseNo).status()).isEqualTo(200);
		assertThat(this.api.as("bureau").get("/api/cases/" + caseNo).status()).isEqualTo(200);
		assertThat(this.api.as("auditor").get("/api/cases/" + caseNo).status()).isEqualTo(200);
		Response stranger = this.api.as("applicant2").get("/api/cases/" + caseNo);
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(this.api.as("applicant2").get("/api/cases/NO-SUCH-CASE").body())
			.isEqualTo(this.api.as("applicant2").get("/api/cases/NO-SUCH-CASE").body());
		assertThat(this.api.as("handler2").get("/api/cases/" + caseNo).status()).isEqualTo(404);
		assertThat(this.api.as("reform").get("/api/cases/" + caseNo).status()).isEqualTo(404);
		assertThat(this.api.anonymous().get("/api/cases/" + caseNo).status()).isEqualTo(401);

		// Other tests of the shared context add newer cases for the same applicant and
		// department: look among the received ones, on a page large enough to hold them.
		assertThat(caseNos(this.api.as("applicant").get("/api/cases?status=RECEIVED&size=100").json()))
			.contains(caseNo);
		assertThat(caseNos(this.api.as("applicant2").get("/api/cases").json())).doesNotContain(caseNo);
		assertThat(caseNos(this.api.as("handler2").get("/api/cases").json())).doesNotContain(caseNo);
		assertThat(caseNos(this.api.as("head").get("/api/cases?status=RECEIVED&size=100").json())).contains(caseNo);
		assertThat(caseNos(this.api.as("head").get("/api/cases?status=CLOSED").json())).doesNotContain(caseNo);
		assertThat(this.api.as("head").get("/api/cases?status=WHATEVER").status()).isEqualTo(400);
	}

	@Test
	void shouldShowProgressAnonymouslyWithTheQueryCodeOnly() {
		JsonNode received = this.api.apply(LicensingJourneyTest.FOOD);
		String caseNo = received.get("caseNo").asText();
		Response progress = this.api.anonymous()
			.get("/api/public/cases/" + caseNo + "?queryCode=" + received.get("queryCode").asText());
		assertThat(progress.status()).as(progress.body()).isEqualTo(200);
		assertThat(progress.json().get("status").asText()).isEqualTo("RECEIVED");
		assertThat(progress.body()).doesNotContain("13800000001")
			.doesNotContain("91350000MA2XXXXX0B")
			.doesNotContain("好味道");
		Response wrong = this.api.anonymous().get("/api/public/cases/" + caseNo + "?queryCode=WRONG123");
		Response none = this.api.anonymous().get("/api/public/cases/NO-SUCH-CASE?queryCode=WRONG123");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.body()).isEqualTo(none.body());
		Response limited = null;
		for (int i = 0; i < 25 && (limited == null || limited.status() != 429); i++) {
			limited = this.api.anonymous().get("/api/public/cases/" + caseNo + "?queryCode=WRONG123");
		}
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("message").asText()).contains("频繁");
	}

	@Test
	void shouldLetTheBackupActWhileThePostIsAbsent() {
		String caseNo = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		this.api.completeOk("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		String id = this.api.task("handler", caseNo, "handler").get("id").asText();
		this.api.as("handler")
			.post("/api/tasks/" + id + "/claim", "application/json", java.net.http.HttpRequest.BodyPublishers.noBody());
		Response cannot = this.api.as("handlerb")
			.postJson("/api/tasks/" + id + "/complete", "{\"outcome\": \"APPROVE\", \"opinion\": \"同意\"}");
		assertThat(cannot.status()).isIn(403, 404);

		Response absent = this.api.as("handler")
			.putJson("/api/posts/handler", "{\"backup\": \"handlerb\", \"absent\": true}");
		assertThat(absent.status()).as(absent.body()).isEqualTo(200);
		JsonNode onBehalf = this.api.task("handlerb", caseNo, "handler");
		assertThat(onBehalf.get("onBehalfOf").asText()).isEqualTo("handler");
		this.api.completeOk("handlerb", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "同意（B 岗代办）"));
		JsonNode completed = LicensingJourneyTest.find(this.api.detail(caseNo).get("timeline"), "STEP_COMPLETED");
		assertThat(completed.get("actor").asText()).isEqualTo("handlerb");
		assertThat(completed.get("detail").asText()).contains("AB岗");

		assertThat(this.api.as("handlerb").putJson("/api/posts/handler", "{\"backup\": \"head\"}").status())
			.isEqualTo(403);
		this.api.as("handler").putJson("/api/posts/handler", "{\"backup\": \"handlerb\", \"absent\": false}");
	}

	@Test
	void shouldKeepTheBackupWhenThePostOnlyMarksItselfAbsent() {
		HttpCaller handler = this.api.as("handler");
		assertThat(handler.putJson("/api/posts/handler", "{\"backup\": \"handlerb\", \"absent\": false}").status())
			.isEqualTo(200);
		Response absent = handler.putJson("/api/posts/handler", "{\"absent\": true}");
		assertThat(absent.status()).as(absent.body()).isEqualTo(200);
		assertThat(absent.json().get("backup").get("username").asText()).isEqualTo("handlerb");
		assertThat(absent.json().get("absent").asBoolean()).isTrue();
		Response removal = handler.putJson("/api/posts/handler", "{\"backup\": \"\"}");
		assertThat(removal.status()).isEqualTo(403);
		Response back = handler.putJson("/api/posts/handler", "{\"absent\": false}");
		assertThat(back.status()).as(back.body()).isEqualTo(200);
		assertThat(back.json().get("backup").get("username").asText()).isEqualTo("handlerb");
		assertThat(back.json().get("absent").asBoolean()).isFalse();
	}

	private static java.util.List<String> caseNos(JsonNode page) {
		java.util.List<String> numbers = new java.util.ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("caseNo").asText()));
		return numbers;
	}

	private static byte[] large() {
		byte[] content = new byte[11 * 1024 * 1024];
		System.arraycopy(CaseworkApi.PDF, 0, content, 0, CaseworkApi.PDF.length);
		return content;
	}

}
