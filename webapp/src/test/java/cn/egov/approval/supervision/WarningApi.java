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

	int port() {
		return this.port;
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
				+ "\"示范县好味道餐饮有限公司\", \"type\": \"ENTERPRISE\", \"idNo\": \"91350000MA2XXXXX0B\", \"phone\": "
				+ "\"13800000001\"}, \"formData\": {\"description\": \"申请\", \"address\": \"示范县人民路 8 号\"}}";
		Response created = as("applicant").postJson("/api/cases", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("caseNo").asText();
	}

	/** A food case (市场监管局) applied for and accepted by the window clerk. */
	String acceptedFoodCase() {
		String caseNo = apply(WarningJourneyTest.FOOD);
		complete("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
		return caseNo;
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
		return warningsOf(caseNo).stream().map((w) -> w.get("level").asText() + ":" + w.get("kind").asText()).toList();
	}

	/**
	 * A case's warnings as "LEVEL:KIND" in the bureau's list of a department: a case run
	 * on another department's system has no case file here.
	 */
	List<String> listed(String caseNo, String department) {
		Response list = as("bureau").get("/api/supervision/warnings?department=" + department);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return StreamSupport.stream(list.json().spliterator(), false)
			.filter((w) -> w.get("caseNo").asText().equals(caseNo))
			.map((w) -> w.get("level").asText() + ":" + w.get("kind").asText())
			.toList();
	}

	/** The warnings of a case as the API answers them, read by the bureau. */
	List<JsonNode> warningsOf(String caseNo) {
		Response response = as("bureau").get("/api/supervision/cases/" + caseNo + "/warnings");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false).toList();
	}

	/**
	 * Takes an accepted food case (市场监管局) through its approval chain, certificate and
	 * delivery.
	 */
	void approveFoodCase(String caseNo) {
		complete("handler", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合条件"));
		complete("head", caseNo, "section-head", Map.of("outcome", "APPROVE", "opinion", "同意"));
		complete("deputy", caseNo, "deputy-leader", Map.of("outcome", "APPROVE", "opinion", "同意准予许可"));
		complete("clerk", caseNo, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "JY13512340000009", "validUntil", "2031-12-06"));
		complete("clerk", caseNo, "delivery", Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));
	}

	/** Long enough for the job executor to take a due timer, had there been one. */
	void sleepForTheJobExecutor() {
		try {
			Thread.sleep(Duration.ofSeconds(3).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public List<String> awaitWarnings(String caseNo, int count) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> warnings(caseNo).size() >= count);
		return warnings(caseNo);
	}

	/**
	 * The department's supervisor confirms the case's yellow card with its rectification,
	 * once the card's process has opened it; left unanswered it would turn red.
	 */
	public void answerYellowCard(String caseNo) {
		long[] card = new long[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
			for (JsonNode found : as("supervisor").get("/api/supervision/cards?level=YELLOW").json()) {
				if (caseNo.equals(found.path("caseNo").asText())
						&& "AWAITING_DEPARTMENT".equals(found.path("status").asText())) {
					card[0] = found.get("id").asLong();
					return true;
				}
			}
			return false;
		});
		Response answered = as("supervisor").postJson("/api/supervision/cards/" + card[0] + "/confirm",
				"{\"explanation\": \"承办人出差\", \"rectification\": \"已于次日办结\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
	}

}
