package cn.egov.approval.casework;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The casework HTTP API as the tests drive it: one caller per demo login. */
final class CaseworkApi {

	static final ObjectMapper JSON = new ObjectMapper();

	/** The smallest PDF a content check accepts. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private final int port;

	CaseworkApi(int port) {
		this.port = port;
	}

	HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	HttpCaller anonymous() {
		return HttpCaller.anonymous(this.port);
	}

	void clock(String now) {
		Response moved = as("admin").postJson("/api/admin/clock", "{\"now\": \"" + now + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	void resetClock() {
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	static String application(String itemCode, String type, String idNo, String channel) {
		ObjectNode body = JSON.createObjectNode();
		body.put("itemCode", itemCode);
		ObjectNode applicant = body.putObject("applicant");
		applicant.put("name", "ENTERPRISE".equals(type) ? "示范县好味道餐饮有限公司" : "张三");
		applicant.put("type", type);
		applicant.put("idNo", idNo);
		applicant.put("phone", "13800000001");
		body.put("channel", channel);
		body.putObject("formData").put("description", "申请开办餐饮门店").put("address", "示范县人民路 8 号");
		return body.toString();
	}

	/** Applies online as the demo applicant, for an enterprise. */
	JsonNode apply(String itemCode) {
		Response created = as("applicant").postJson("/api/cases",
				application(itemCode, "ENTERPRISE", "91350000MA2XXXXX0B", "ONLINE"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	JsonNode detail(String caseNo) {
		Response detail = as("admin").get("/api/cases/" + caseNo);
		assertThat(detail.status()).as(detail.body()).isEqualTo(200);
		return detail.json();
	}

	/** The open task of a case on a user's to-do list at the given step. */
	JsonNode task(String username, String caseNo, String step) {
		for (JsonNode task : as(username).get("/api/tasks").json()) {
			if (task.get("caseNo").asText().equals(caseNo) && task.get("step").asText().equals(step)) {
				return task;
			}
		}
		throw new AssertionError(
				username + " has no " + step + " task for " + caseNo + ": " + as(username).get("/api/tasks").body());
	}

	Response complete(String username, String caseNo, String step, Map<String, Object> body) {
		String id = task(username, caseNo, step).get("id").asText();
		return as(username).postJson("/api/tasks/" + id + "/complete", json(body));
	}

	JsonNode completeOk(String username, String caseNo, String step, Map<String, Object> body) {
		Response done = complete(username, caseNo, step, body);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		return done.json();
	}

	boolean hasEvent(String caseNo, String kind) {
		for (JsonNode event : detail(caseNo).get("timeline")) {
			if (event.get("kind").asText().equals(kind)) {
				return true;
			}
		}
		return false;
	}

	JsonNode awaitCase(String caseNo, Predicate<JsonNode> condition) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> condition.test(detail(caseNo)));
		return detail(caseNo);
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
