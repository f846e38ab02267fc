package cn.egov.approval.supervision;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 1 and 4 for warnings: through the HTTP API with the simulated
 * clock, a case finished early raises nothing, one past its promised deadline a reminder
 * and a yellow warning, one past its statutory deadline also a red one; moving the clock
 * on again raises no duplicates; the list is scoped by role.
 */
@PlatformTest
class WarningJourneyTest extends WarningHttpTest {

	/** 食品经营许可 (市场监管局): promised 10, statutory 20 working days. */
	static final String FOOD = "SFX-SCJGJ-XK-0001";

	/** 建筑工程施工许可 (住建局): promised 5, statutory 7 working days. */
	static final String BUILDING = "SFX-ZJJ-XK-0001";

	@Test
	void shouldRaiseNothingForACaseFinishedEarlyAndReminderYellowRedForOnePastBothDeadlines() {
		String early = this.api.apply(FOOD);
		this.api.complete("clerk", early, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
		this.api.approveFoodCase(early);

		String late = this.api.apply(BUILDING);
		this.api.complete("clerk2", late, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "材料齐全"));
		// Promised Monday 14, statutory Wednesday 16 December: both passed by Thursday.
		this.api.clock("2026-12-17T00:30:00+08:00");
		assertThat(this.api.awaitWarnings(late, 3)).containsExactlyInAnyOrder("REMINDER:REMINDER",
				"YELLOW:PROMISED_LIMIT_EXCEEDED", "RED:STATUTORY_LIMIT_EXCEEDED");

		this.api.clock("2027-03-01T09:00:00+08:00");
		this.api.sleepForTheJobExecutor();
		assertThat(this.api.warnings(early)).isEmpty();
		// Nobody answered the yellow card within its limit: it turned red, once; the
		// deadlines' warnings were not raised again.
		assertThat(this.api.warnings(late)).containsExactlyInAnyOrder("REMINDER:REMINDER",
				"YELLOW:PROMISED_LIMIT_EXCEEDED", "RED:STATUTORY_LIMIT_EXCEEDED", "RED:YELLOW_CARD_UNANSWERED");
	}

	@Test
	void shouldShowEachRoleTheWarningsOfItsScopeOnly() {
		String food = this.api.apply(FOOD);
		this.api.complete("clerk", food, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "予以受理"));
		String building = this.api.apply(BUILDING);
		this.api.complete("clerk2", building, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "予以受理"));
		// Past the building case's promised deadline and the food case's reminder (Friday
		// 18 is the working day before Monday 21).
		this.api.clock("2026-12-19T09:00:00+08:00");
		this.api.awaitWarnings(food, 1);
		this.api.awaitWarnings(building, 3);

		assertThat(departments("supervisor", "")).containsOnly("SFX-SCJGJ");
		assertThat(departments("bureau", "")).contains("SFX-SCJGJ", "SFX-ZJJ");
		assertThat(departments("bureau", "?department=SFX-ZJJ&level=RED")).containsOnly("SFX-ZJJ");
		assertThat(this.api.as("supervisor").get("/api/supervision/warnings?department=SFX-ZJJ").status())
			.isEqualTo(403);
		assertThat(this.api.as("clerk").get("/api/supervision/warnings").status()).isEqualTo(403);
		Response bad = this.api.as("bureau").get("/api/supervision/warnings?level=PURPLE");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("message").asText()).contains("PURPLE");
		assertThat(this.api.as("clerk2").get("/api/supervision/cases/" + food + "/warnings").status()).isEqualTo(404);
		assertThat(this.api.as("clerk").get("/api/supervision/cases/" + food + "/warnings").status()).isEqualTo(200);
	}

	private List<String> departments(String username, String query) {
		Response response = this.api.as(username).get("/api/supervision/warnings" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode list = response.json();
		assertThat(list).isNotEmpty();
		return StreamSupport.stream(list.spliterator(), false).map((w) -> w.get("department").asText()).toList();
	}

}
