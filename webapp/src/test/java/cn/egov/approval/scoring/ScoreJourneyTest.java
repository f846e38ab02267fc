package cn.egov.approval.scoring;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.supervision.WarningApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 1 (the scores half): through the HTTP API with the simulated clock,
 * four 食品经营许可 cases (promised 10, statutory 20 working days) received on Monday 2 March
 * 2026 finish early (the same day), on time (on the promised deadline, Monday 16), late
 * (Wednesday 18, past promised) and very late (Tuesday 31, past statutory). March 2026
 * has no holiday and no other test uses it, so its figures are exactly these cases'.
 */
@PlatformTest
class ScoreJourneyTest {

	static final String FOOD = "SFX-SCJGJ-XK-0001";

	static final String MARKET = "SFX-SCJGJ";

	static final String MARCH = "/api/scores?period=2026-03";

	@LocalServerPort
	int port;

	@Autowired
	ScoreMapper mapper;

	WarningApi api;

	@BeforeEach
	void secondOfMarch() {
		this.api = new WarningApi(this.port);
		this.api.clock("2026-03-02T09:00:00+08:00");
	}

	@AfterEach
	void realTime() {
		this.api.resetClock();
	}

	@Test
	void shouldScoreEarlyOnTimeLateAndVeryLateCasesAndRebuildTheSameRollups() throws IOException {
		fourCasesOfMarch();

		JsonNode market = row(this.api.as("bureau").get(MARCH), MARKET);
		assertThat(market.get("department").get("name").asText()).isEqualTo("示范县市场监督管理局");
		assertThat(market.get("cases").asLong()).isEqualTo(4);
		assertThat(market.get("accepted").asLong()).isEqualTo(4);
		assertThat(market.get("completed").asLong()).isEqualTo(4);
		assertThat(market.get("onTimeRate").asDouble()).isEqualTo(0.5);
		assertThat(market.get("earlyRate").asDouble()).isEqualTo(0.25);
		assertThat(market.get("overdueRate").asDouble()).isEqualTo(0.5);
		assertThat(market.get("pastStatutory").asLong()).isEqualTo(1);
		assertThat(market.get("openOverdue").asLong()).isZero();
		// Net working days 0 + 10 + 12 + 21 of 4 × 20 statutory.
		assertThat(market.get("speedUp").asDouble()).isEqualTo(0.4625);
		assertThat(market.get("cards").toString()).isEqualTo("{\"yellow\":2,\"red\":1,\"anomaly\":0}");
		// 40×0.5 + 10×0.25 + 10×0.4625 + 20×max(0, 1 − (2 + 2×1)/4) + 15×1 + 5×1 = 47.125
		assertThat(market.get("score").asDouble()).isEqualTo(47.1);
		assertThat(market.get("grade").asText()).isEqualTo("不合格");
		assertThat(market.get("rank").asInt()).isEqualTo(1);

		HttpCaller.Download bulletin = this.api.as("bureau").download("/api/scores/bulletin?period=2026-03");
		assertThat(bulletin.status()).isEqualTo(200);
		assertThat(ScoreAccessTest.pdfText(bulletin.body())).contains("示范县市场监督管理局")
			.contains("47.1")
			.contains("不合格")
			.contains("监察建议书");

		JsonNode handler = row(this.api.as("bureau").get("/api/scores/staff?period=2026-03&department=" + MARKET),
				"handler");
		assertThat(handler.get("displayName").asText()).isEqualTo("赵承办");
		assertThat(handler.get("completed").asLong()).isEqualTo(4);
		assertThat(handler.get("onTimeRate").asDouble()).isEqualTo(0.5);
		JsonNode quarter = row(this.api.as("bureau").get("/api/scores?period=2026-Q1"), MARKET);
		assertThat(quarter.get("completed").asLong()).isGreaterThanOrEqualTo(4);

		List<ScoreMapper.RollupRow> incremental = this.mapper.allRollups();
		Response rebuilt = this.api.as("admin").postJson("/api/scores/rebuild", "{}");
		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		assertThat(this.mapper.allRollups()).containsExactlyElementsOf(incremental);
		assertThat(this.api.as("bureau").postJson("/api/scores/rebuild", "{}").status()).isEqualTo(403);

		Map<String, Integer> defaults = Map.of("ON_TIME", 40, "EARLY", 10, "SPEED_UP", 10, "CARDS", 20, "SATISFACTION",
				15, "COMPLAINTS", 5);
		try {
			putWeights("bureau",
					Map.of("ON_TIME", 60, "EARLY", 10, "SPEED_UP", 10, "CARDS", 0, "SATISFACTION", 15, "COMPLAINTS", 5),
					200);
			JsonNode reweighed = row(this.api.as("bureau").get(MARCH), MARKET);
			assertThat(reweighed.get("score").asDouble()).isEqualTo(57.1);
			// New figures, a new bulletin (and a new serial number); the same figures,
			// the
			// same bulletin.
			HttpCaller.Download reissued = this.api.as("bureau").download("/api/scores/bulletin?period=2026-03");
			assertThat(reissued.header("X-Notice-Id")).isNotEqualTo(bulletin.header("X-Notice-Id"));
			assertThat(ScoreAccessTest.pdfText(reissued.body())).contains("57.1");
			assertThat(this.api.as("bureau").download("/api/scores/bulletin?period=2026-03").header("X-Notice-Id"))
				.isEqualTo(reissued.header("X-Notice-Id"));
		}
		finally {
			putWeights("admin", defaults, 200);
		}
		assertThat(row(this.api.as("bureau").get(MARCH), MARKET).get("score").asDouble()).isEqualTo(47.1);
	}

	/**
	 * Finishes one case now, and the others on later days with their warnings awaited.
	 */
	private void fourCasesOfMarch() {
		String early = acceptedCase();
		String onTime = acceptedCase();
		String late = acceptedCase();
		String veryLate = acceptedCase();
		finish(early);
		this.api.clock("2026-03-16T09:00:00+08:00");
		this.api.awaitWarnings(onTime, 1);
		this.api.awaitWarnings(late, 1);
		this.api.awaitWarnings(veryLate, 1);
		finish(onTime);
		this.api.clock("2026-03-18T09:00:00+08:00");
		assertThat(this.api.awaitWarnings(late, 2)).contains("YELLOW:PROMISED_LIMIT_EXCEEDED");
		this.api.awaitWarnings(veryLate, 2);
		finish(late);
		// The department answers both yellow cards in time (else they would turn red).
		this.api.answerYellowCard(late);
		this.api.answerYellowCard(veryLate);
		this.api.clock("2026-03-31T09:00:00+08:00");
		assertThat(this.api.awaitWarnings(veryLate, 3)).contains("RED:STATUTORY_LIMIT_EXCEEDED");
		finish(veryLate);
		assertThat(this.api.warnings(early)).isEmpty();
	}

	private String acceptedCase() {
		String caseNo = this.api.apply(FOOD);
		this.api.complete("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
		return caseNo;
	}

	private void finish(String caseNo) {
		this.api.complete("handler", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合条件"));
		this.api.complete("head", caseNo, "section-head", Map.of("outcome", "APPROVE", "opinion", "同意"));
		this.api.complete("deputy", caseNo, "deputy-leader", Map.of("outcome", "APPROVE", "opinion", "同意准予许可"));
		this.api.complete("clerk", caseNo, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "JY13512340000009", "validUntil", "2031-03-01"));
		this.api.complete("clerk", caseNo, "delivery", Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));
	}

	private void putWeights(String username, Map<String, Integer> weights, int status) {
		Response response = this.api.as(username).putJson("/api/scores/weights", json(weights));
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	static String json(Map<String, Integer> weights) {
		StringBuilder json = new StringBuilder("{");
		weights.forEach((name, points) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(name)
			.append("\":")
			.append(points));
		return json.append('}').toString();
	}

	/** The row of a department (or a staff member) in a list answer. */
	static JsonNode row(Response response, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false)
			.filter((r) -> code
				.equals(r.has("department") ? r.get("department").get("code").asText() : r.get("username").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(code + " not in " + response.body()));
	}

}
