package cn.egov.approval.casework;

import java.time.Duration;
import java.util.Map;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 2: the legal clock through the HTTP API with the simulated clock: a
 * 3-working-day special procedure moves both deadlines by exactly 3 working days and no
 * timer fires while it runs; an extension moves them by 10; the reminder fires when due.
 */
@PlatformTest
class LegalClockJourneyTest extends CaseworkHttpTest {

	/** 建筑工程施工许可 (住建局): promised 5, statutory 7 working days. */
	static final String BUILDING = "SFX-ZJJ-XK-0001";

	@Test
	void shouldMoveBothDeadlinesByThePausedWorkingDaysAndFireNoTimerDuringThePause() {
		String caseNo = acceptedBuildingCase();
		JsonNode accepted = this.api.detail(caseNo);
		// Accepted Monday 7 December: 5th working day Monday 14, 7th Wednesday 16; the
		// reminder is due at 24:00 of Friday 11.
		assertThat(accepted.get("promisedDeadline").asText()).isEqualTo("2026-12-14");
		assertThat(accepted.get("statutoryDeadline").asText()).isEqualTo("2026-12-16");

		this.api.clock("2026-12-10T09:00:00+08:00");
		Response started = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/pauses",
					"{\"kind\": \"INSPECTION\", \"reason\": \"施工现场检验\", \"expectedWorkingDays\": 3}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("PAUSED");

		// Past the original reminder (Saturday 00:00) while the clock stands still.
		this.api.clock("2026-12-13T12:00:00+08:00");
		sleepForTheJobExecutor();
		assertThat(this.api.hasEvent(caseNo, "REMINDER")).isFalse();

		// Thursday, Friday and Monday are paused: 3 working days.
		this.api.clock("2026-12-14T09:00:00+08:00");
		Response ended = this.api.as("handler2")
			.post("/api/cases/" + caseNo + "/pauses/" + started.json().get("id").asText() + "/end", "application/json",
					java.net.http.HttpRequest.BodyPublishers.noBody());
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().get("pausedWorkingDays").asInt()).isEqualTo(3);
		JsonNode moved = this.api.detail(caseNo);
		assertThat(moved.get("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(moved.get("pausedWorkingDays").asInt()).isEqualTo(3);
		assertThat(moved.get("promisedDeadline").asText()).isEqualTo(deadline("2026-12-14", 3));
		assertThat(moved.get("statutoryDeadline").asText()).isEqualTo(deadline("2026-12-16", 3));
		assertThat(this.api.as("applicant").get("/api/cases/" + caseNo + "/notices").json())
			.extracting((n) -> n.get("type").asText())
			.contains("SPECIAL_PROCEDURE");
		sleepForTheJobExecutor();
		assertThat(this.api.hasEvent(caseNo, "REMINDER")).isFalse();

		// The re-armed reminder: 24:00 of Wednesday 16, the working day before Thursday
		// 17.
		this.api.clock("2026-12-17T00:30:00+08:00");
		JsonNode reminded = this.api.awaitCase(caseNo, (c) -> hasKind(c, "REMINDER"));
		assertThat(hasKind(reminded, "PROMISED_LIMIT_EXCEEDED")).isFalse();

		this.api.clock("2026-12-18T00:30:00+08:00");
		JsonNode exceeded = this.api.awaitCase(caseNo, (c) -> hasKind(c, "PROMISED_LIMIT_EXCEEDED"));
		assertThat(LicensingJourneyTest.find(exceeded.get("timeline"), "PROMISED_LIMIT_EXCEEDED")
			.get("anomaly")
			.asBoolean()).isTrue();
	}

	@Test
	void shouldExtendByTenWorkingDaysOnlyWithTheLeadersApproval() {
		String caseNo = acceptedBuildingCase();
		Response asked = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/extension", "{\"reason\": \"需组织专家论证\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		assertThat(asked.json().get("status").asText()).isEqualTo("PENDING");
		assertThat(this.api.detail(caseNo).get("statutoryDeadline").asText()).isEqualTo("2026-12-16");

		Response again = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/extension", "{\"reason\": \"再次申请\"}");
		assertThat(again.status()).isEqualTo(409);

		this.api.completeOk("leader2", caseNo, "extension-approval", Map.of("outcome", "APPROVE", "opinion", "同意延期"));
		JsonNode extended = this.api.detail(caseNo);
		assertThat(extended.get("extension").get("status").asText()).isEqualTo("APPROVED");
		assertThat(extended.get("promisedDeadline").asText()).isEqualTo(deadline("2026-12-07", 15));
		assertThat(extended.get("statutoryDeadline").asText()).isEqualTo(deadline("2026-12-07", 17));
		assertThat(this.api.as("applicant").get("/api/cases/" + caseNo + "/notices").json())
			.extracting((n) -> n.get("type").asText())
			.contains("EXTENSION");
	}

	@Test
	void shouldRefusePausesAndExtensionsOnceTheStatutoryLimitHasLapsed() {
		String caseNo = acceptedBuildingCase();
		Response asked = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/extension", "{\"reason\": \"需组织专家论证\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);

		// Statutory deadline Wednesday 16 December; Thursday 17 it has lapsed.
		this.api.clock("2026-12-17T09:00:00+08:00");
		Response pause = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/pauses",
					"{\"kind\": \"INSPECTION\", \"reason\": \"施工现场检验\", \"expectedWorkingDays\": 3}");
		assertThat(pause.status()).as(pause.body()).isEqualTo(400);
		assertThat(pause.json().get("message").asText()).contains("2026-12-16");
		Response approval = this.api.complete("leader2", caseNo, "extension-approval",
				Map.of("outcome", "APPROVE", "opinion", "同意延期"));
		assertThat(approval.status()).as(approval.body()).isEqualTo(400);
		assertThat(approval.json().get("message").asText()).contains("2026-12-16");
		JsonNode unchanged = this.api.detail(caseNo);
		assertThat(unchanged.get("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(unchanged.get("extension").get("status").asText()).isEqualTo("PENDING");
		assertThat(unchanged.get("statutoryDeadline").asText()).isEqualTo("2026-12-16");

		this.api.completeOk("leader2", caseNo, "extension-approval", Map.of("outcome", "REFUSE", "opinion", "已超期"));
		Response leaders = this.api.as("leader2")
			.postJson("/api/cases/" + caseNo + "/extension", "{\"reason\": \"需组织专家论证\"}");
		assertThat(leaders.status()).as(leaders.body()).isEqualTo(400);
		assertThat(leaders.json().get("message").asText()).contains("2026-12-16");
		assertThat(this.api.detail(caseNo).get("statutoryDeadline").asText()).isEqualTo("2026-12-16");
	}

	@Test
	void shouldExtendFromTheDeadlineAsItStoodWhenThePauseBeganAndMoveItByThePauseOnce() {
		String caseNo = acceptedBuildingCase();
		this.api.clock("2026-12-10T09:00:00+08:00");
		Response started = this.api.as("handler2")
			.postJson("/api/cases/" + caseNo + "/pauses",
					"{\"kind\": \"INSPECTION\", \"reason\": \"施工现场检验\", \"expectedWorkingDays\": 3}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		this.api.clock("2026-12-11T09:00:00+08:00");
		Response extended = this.api.as("leader2")
			.postJson("/api/cases/" + caseNo + "/extension", "{\"reason\": \"需组织专家论证\"}");
		assertThat(extended.status()).as(extended.body()).isEqualTo(201);
		// The statutory 16 December plus 10 working days; the running pause not yet.
		assertThat(this.api.detail(caseNo).get("statutoryDeadline").asText()).isEqualTo(deadline("2026-12-16", 10))
			.isEqualTo(deadline("2026-12-07", 17));

		this.api.clock("2026-12-14T09:00:00+08:00");
		Response ended = this.api.as("handler2")
			.post("/api/cases/" + caseNo + "/pauses/" + started.json().get("id").asText() + "/end", "application/json",
					java.net.http.HttpRequest.BodyPublishers.noBody());
		assertThat(ended.json().get("pausedWorkingDays").asInt()).isEqualTo(3);
		JsonNode moved = this.api.detail(caseNo);
		assertThat(moved.get("statutoryDeadline").asText()).isEqualTo(deadline(deadline("2026-12-16", 10), 3));
		assertThat(moved.get("promisedDeadline").asText()).isEqualTo(deadline(deadline("2026-12-14", 10), 3));
		assertThat(LicensingJourneyTest.find(moved.get("timeline"), "PAUSE_ENDED").get("detail").asText())
			.contains("承诺期限顺延至 " + moved.get("promisedDeadline").asText())
			.contains("法定期限顺延至 " + moved.get("statutoryDeadline").asText());
	}

	private String acceptedBuildingCase() {
		String caseNo = this.api.apply(BUILDING).get("caseNo").asText();
		this.api.completeOk("clerk2", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "材料齐全"));
		return caseNo;
	}

	private String deadline(String from, int workingDays) {
		return this.api.as("admin")
			.get("/api/calendar/deadline?from=" + from + "&workingDays=" + workingDays + "&region=SF-SFS-SFX")
			.json()
			.get("deadline")
			.asText();
	}

	private static boolean hasKind(JsonNode detail, String kind) {
		for (JsonNode event : detail.get("timeline")) {
			if (event.get("kind").asText().equals(kind)) {
				return true;
			}
		}
		return false;
	}

	/** Long enough for the job executor to take a due timer, had there been one. */
	private static void sleepForTheJobExecutor() {
		try {
			Thread.sleep(Duration.ofSeconds(3).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
