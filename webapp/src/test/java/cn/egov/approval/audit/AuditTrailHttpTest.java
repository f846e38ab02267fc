package cn.egov.approval.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 6 (audit log) through HTTP: logins, failed logins and a task
 * completion appear in the log with no secret in it; the log and its verification are for
 * auditors and administrators only; the command-line verification.
 */
@PlatformTest
class AuditTrailHttpTest {

	private static final String FOOD = "SFX-SCJGJ-XK-0001";

	@LocalServerPort
	int port;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void mondayMorning() {
		Response moved = as("admin").postJson("/api/admin/clock", "{\"now\": \"2026-12-07T09:00:00+08:00\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	@AfterEach
	void realTime() {
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	@Test
	void shouldLogFormLoginsAndFailedLoginsWithoutThePassword() {
		HttpCaller browser = HttpCaller.browser(this.port);
		browser.get("/api/auth/csrf");
		Response failed = browser.postForm("/api/auth/login",
				Map.of("username", "head", "password", "wrong-secret-42"));
		assertThat(failed.status()).isEqualTo(401);
		browser.get("/api/auth/csrf");
		Response ok = browser.postForm("/api/auth/login", Map.of("username", "head", "password", "demo"));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);

		JsonNode logins = entries("?user=head&action=LOGIN").get("entries");
		assertThat(logins).extracting((entry) -> entry.get("outcome").asText())
			.containsSubsequence("SUCCESS", "FAILURE");
		assertThat(logins.get(0).get("detail").asText()).startsWith("from ");
		assertThat(logins.get(1).get("detail").asText()).contains("BadCredentials");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%wrong-secret%' OR path LIKE '%wrong-secret%'",
				Long.class))
			.isZero();
	}

	@Test
	void shouldLogATaskCompletionInTheEngineTransactionAndTheCallThatAskedForIt() {
		Response created = as("applicant").postJson("/api/cases", application());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		String taskId = taskOf("clerk", caseNo);
		Response done = as("clerk").postJson("/api/tasks/" + taskId + "/complete",
				"{\"outcome\": \"ACCEPT\", \"opinion\": \"材料齐全，予以受理\"}");
		assertThat(done.status()).as(done.body()).isEqualTo(200);

		JsonNode completions = entries("?caseNo=" + caseNo + "&action=TASK_COMPLETED").get("entries");
		assertThat(completions).hasSize(1);
		assertThat(completions.get(0).get("actor").asText()).isEqualTo("clerk");
		assertThat(completions.get(0).get("objectId").asText()).isEqualTo("task=" + taskId);
		// The call is logged in the transaction that completed the task, before its
		// answer.
		JsonNode call = entries("?user=clerk&action=TASK_REQUEST").get("entries").get(0);
		assertThat(call.get("path").asText()).isEqualTo("/api/tasks/{id}/complete");
		assertThat(call.get("httpMethod").asText()).isEqualTo("POST");
		assertThat(call.get("objectId").asText()).isEqualTo("id=" + taskId);
		assertThat(call.get("outcome").asText()).isEqualTo("SUCCESS");
		assertThat(call.get("status").isNull()).isTrue();
		assertThat(call.get("id").asLong()).isEqualTo(completions.get(0).get("id").asLong() - 1);
		JsonNode application = entries("?user=applicant&action=CASE_REQUEST").get("entries").get(0);
		assertThat(application.get("path").asText()).isEqualTo("/api/cases");
		assertThat(application.get("outcome").asText()).isEqualTo("SUCCESS");
		JsonNode verified = as("auditor").get("/api/audit/verify").json();
		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
	}

	@Test
	void shouldLogAChangeThatRolledBackOnlyAsAFailureWithItsStatus() {
		Response created = as("applicant").postJson("/api/cases", application());
		String caseNo = created.json().get("caseNo").asText();
		String taskId = taskOf("clerk", caseNo);
		Response invalid = as("clerk").postJson("/api/tasks/" + taskId + "/complete", "{\"outcome\": \"REJECT\"}");
		assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);

		JsonNode calls = entries("?user=clerk&action=TASK_REQUEST").get("entries");
		assertThat(calls.get(0).get("objectId").asText()).isEqualTo("id=" + taskId);
		assertThat(calls.get(0).get("outcome").asText()).isEqualTo("FAILURE");
		assertThat(calls.get(0).get("status").asInt()).isEqualTo(400);
		assertThat(calls).filteredOn((entry) -> entry.get("objectId").asText().equals("id=" + taskId)).hasSize(1);
		assertThat(entries("?caseNo=" + caseNo + "&action=TASK_COMPLETED").get("total").asLong()).isZero();
	}

	@Test
	void shouldLogARefusedChangeWithItsStatus() {
		Response refused = as("clerk").putJson("/api/items/" + FOOD, "{}");
		assertThat(refused.status()).isEqualTo(403);
		JsonNode entry = entries("?user=clerk&action=CATALOG_CHANGE").get("entries").get(0);
		assertThat(entry.get("path").asText()).isEqualTo("/api/items/{code}");
		assertThat(entry.get("objectId").asText()).isEqualTo("code=" + FOOD);
		assertThat(entry.get("status").asInt()).isEqualTo(403);
		assertThat(entry.get("outcome").asText()).isEqualTo("FAILURE");
	}

	@Test
	void shouldLogCallsToTheEngineRestApi() {
		Response refused = as("admin").postJson("/engine-rest/message", "{\"messageName\": \"NoSuchMessage\"}");
		assertThat(refused.status()).isBetween(400, 499);
		JsonNode entry = entries("?user=admin&action=ENGINE_API_CALL").get("entries").get(0);
		assertThat(entry.get("path").asText()).isEqualTo("/engine-rest/message");
		assertThat(entry.get("status").asInt()).isEqualTo(refused.status());
		assertThat(entry.get("outcome").asText()).isEqualTo("FAILURE");
	}

	@Test
	void shouldLetOnlyAuditorsAndAdministratorsReadTheLog() {
		for (String reader : List.of("auditor", "admin")) {
			assertThat(as(reader).get("/api/audit/verify").status()).isEqualTo(200);
			assertThat(as(reader).get("/api/audit/entries").status()).isEqualTo(200);
		}
		for (String other : List.of("clerk", "applicant", "handler", "bureau", "supervisor")) {
			assertThat(as(other).get("/api/audit/verify").status()).as(other).isEqualTo(403);
			assertThat(as(other).get("/api/audit/entries").status()).as(other).isEqualTo(403);
		}
		assertThat(HttpCaller.anonymous(this.port).get("/api/audit/verify").status()).isEqualTo(401);
		assertThat(as("auditor").get("/api/audit/entries?from=2026-12-08&to=2026-12-01").status()).isEqualTo(400);
		assertThat(as("auditor").get("/api/audit/entries?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void shouldFilterTheLogByDay() {
		// Other tests share the log: count what this call adds.
		long sameDay = entries("?user=clerk&from=2026-12-07&to=2026-12-07").get("total").asLong();
		long later = entries("?user=clerk&from=2026-12-08").get("total").asLong();

		as("clerk").putJson("/api/items/" + FOOD, "{}");

		assertThat(entries("?user=clerk&from=2026-12-07&to=2026-12-07").get("total").asLong()).isEqualTo(sameDay + 1);
		assertThat(entries("?user=clerk&from=2026-12-08").get("total").asLong()).isEqualTo(later);
	}

	@Test
	void shouldVerifyFromTheCommandLineOnlyWhenAskedTo() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<Integer> exits = new ArrayList<>();
		AuditVerifyCommand command = new AuditVerifyCommand(this.verifier, this.json,
				new PrintStream(printed, true, StandardCharsets.UTF_8), exits::add);

		command.run(new DefaultApplicationArguments("--server.port=0"));
		assertThat(exits).isEmpty();

		command.run(new DefaultApplicationArguments("--audit-verify"));
		JsonNode report = this.json.readTree(printed.toString(StandardCharsets.UTF_8));
		assertThat(report.get("ok").asBoolean()).isTrue();
		assertThat(report.get("checked").asLong()).isPositive();
		assertThat(exits).containsExactly(0);

		long last = this.jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class);
		String detail = this.jdbc.queryForObject("SELECT detail FROM audit_log WHERE id = ?", String.class, last);
		this.jdbc.update("UPDATE audit_log SET detail = 'x' WHERE id = ?", last);
		try {
			printed.reset();
			command.run(new DefaultApplicationArguments("--audit-verify"));
			assertThat(exits).containsExactly(0, AuditVerifyCommand.BROKEN);
			assertThat(this.json.readTree(printed.toString(StandardCharsets.UTF_8)).get("firstBrokenId").asLong())
				.isEqualTo(last);
		}
		finally {
			this.jdbc.update("UPDATE audit_log SET detail = ? WHERE id = ?", detail, last);
		}
	}

	private JsonNode entries(String query) {
		Response page = as("auditor").get("/api/audit/entries" + query);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json();
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	private String taskOf(String username, String caseNo) {
		for (JsonNode task : as(username).get("/api/tasks").json()) {
			if (task.get("caseNo").asText().equals(caseNo)) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError(username + " has no task for " + caseNo);
	}

	private static String application() {
		return """
				{"itemCode": "%s", "channel": "ONLINE",
				 "applicant": {"name": "示范县好味道餐饮有限公司", "type": "ENTERPRISE", "idNo": "91350000MA2XXXXX0B",
				               "phone": "13800000001"},
				 "formData": {"description": "申请开办餐饮门店", "address": "示范县人民路 8 号"}}
				""".formatted(FOOD);
	}

}
