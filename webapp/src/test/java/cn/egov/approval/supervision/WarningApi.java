package cn.egov.approval.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP calls the supervision tests make, as the demo logins. */
public final class WarningApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int port;

	public WarningApi(int port) {
		this.port = port;
	}

	public HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	public void clock(String now) {
		Response moved = as("admin").postJson("/api/admin/clock", "{\"now\": \"" + now + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	public void resetClock() {
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	/** Applies online for an enterprise; returns the case number. */
	public String apply(String itemCode) {
		String body = "{\"itemCode\": \"" + itemCode + "\", \"channel\": \"ONLINE\", \"applicant\": {\"name\": "
				+ "\"示范县好味道餐饮有限公司\", \"type\": \"ENTERPRISE\", \"idNo\": \"91350000MA2XXXXX0A\", \"phone\": "
				+ "\"13800000001\"}, \"formData\": {\"description\": \"申请\", \"address\": \"示范县人民路 8 号\"}}";
		Response created = as("applicant").postJson("/api/cases", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("caseNo").asText();
	}

	public JsonNode complete(String username, String caseNo, String step, Map<String, Object> fields) {
		JsonNode task = StreamSupport.stream(as(username).get("/api/tasks").json().spliterator(), false)
			.filter((t) -> t.get("caseNo").asText().equals(caseNo) && t.get("step").asText().equals(step))
			.findFirst()
			.orElseThrow(() -> new AssertionError(username + " has no " + step + " task for " + caseNo));
		try {
			Response done = as(username).postJson("/api/tasks/" + task.get("id").asText() + "/complete",
					JSON.writeValueAsString(fields));
			assertThat(done.status()).as(done.body()).isEqualTo(200);
			return done.json();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The warnings of a case as "LEVEL:KIND", read by the bureau. */
	public List<String> warnings(String caseNo) {
		Response response = as("bureau").get("/api/supervision/cases/" + caseNo + "/warnings");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false)
			.map((w) -> w.get("level").asText() + ":" + w.get("kind").asText())
			.toList();
	}

	public List<String> awaitWarnings(String caseNo, int count) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> warnings(caseNo).size() >= count);
		return warnings(caseNo);
	}

}
