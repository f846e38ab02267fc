package cn.egov.approval.clock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.ProcessFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance: moving the simulated clock past a timer's due date makes a deployed process
 * take its timer path, through the HTTP API only (deploy, start, move the clock, observe)
 * and the normal job executor.
 */
@PlatformTest
class SimulatedClockTimerTest {

	/** Camunda's REST API writes dates as {@code 2026-11-24T05:59:09.420+0000}. */
	private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		admin().postJson("/api/admin/clock", "{\"reset\": true}");
	}

	@Test
	void shouldTakeTheTimerPathAfterTheClockMovesPastItsDueDate() {
		HttpCaller admin = admin();
		ProcessFixtures.deployClockSmoke(admin);
		String businessKey = UUID.randomUUID().toString();
		Response started = admin.postJson("/engine-rest/process-definition/key/clock-smoke/start",
				"{\"businessKey\": \"" + businessKey + "\"}");
		assertThat(started.status()).isEqualTo(200);
		String instanceId = started.json().get("id").asText();
		Response job = admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&timers=true");
		OffsetDateTime due = OffsetDateTime.parse(job.json().get(0).get("dueDate").asText(), CAMUNDA_DATE);

		Response moved = admin.postJson("/api/admin/clock", "{\"now\": \"" + due.plusHours(1) + "\"}");

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("simulated").asBoolean()).isTrue();
		assertThat(OffsetDateTime.parse(moved.json().get("now").asText())).isAfter(due);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(admin
				.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId
						+ "&activityId=End_Overdue")
				.json()
				.size()).isEqualTo(1));
		Response instance = admin.get("/engine-rest/history/process-instance/" + instanceId);
		assertThat(instance.json().get("state").asText()).isEqualTo("COMPLETED");
	}

	@Test
	void shouldNotFireTheTimerBeforeItsDueDate() {
		HttpCaller admin = admin();
		ProcessFixtures.deployClockSmoke(admin);
		String instanceId = admin.postJson("/engine-rest/process-definition/key/clock-smoke/start", "{}")
			.json()
			.get("id")
			.asText();
		Response job = admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&timers=true");
		OffsetDateTime due = OffsetDateTime.parse(job.json().get(0).get("dueDate").asText(), CAMUNDA_DATE);

		admin.postJson("/api/admin/clock", "{\"now\": \"" + due.minusHours(1) + "\"}");

		assertThat(admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&executable=true").json().size())
			.isZero();
		assertThat(admin.get("/engine-rest/task?processInstanceId=" + instanceId)
			.json()
			.get(0)
			.get("taskDefinitionKey")
			.asText()).isEqualTo("Task_Review");
	}

	@Test
	void shouldResetToRealTime() {
		HttpCaller admin = admin();
		admin.postJson("/api/admin/clock", "{\"now\": \"2030-01-15T09:00:00+08:00\"}");

		Response reset = admin.postJson("/api/admin/clock", "{\"reset\": true}");

		assertThat(reset.json().get("simulated").asBoolean()).isFalse();
		assertThat(OffsetDateTime.parse(reset.json().get("now").asText())).isBefore(OffsetDateTime.now().plusMinutes(1))
			.isAfter(OffsetDateTime.now().minusMinutes(1));
	}

	@Test
	void shouldRejectBadClockRequestsWithMessages() {
		HttpCaller admin = admin();

		Response garbage = admin.postJson("/api/admin/clock", "{\"now\": \"next tuesday\"}");
		Response both = admin.postJson("/api/admin/clock", "{\"now\": \"2026-10-12T09:00:00+08:00\", \"reset\": true}");
		Response notJson = admin.postJson("/api/admin/clock", "{now:");

		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.json().get("message").asText()).contains("next tuesday");
		assertThat(both.status()).isEqualTo(400);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(admin.get("/api/admin/clock").json().get("simulated").asBoolean()).isFalse();
	}

	@Test
	void shouldReadATimeWithoutOffsetInChinaStandardTime() {
		Response moved = admin().postJson("/api/admin/clock", "{\"now\": \"2026-10-12T09:00:00\"}");

		assertThat(moved.json().get("now").asText()).startsWith("2026-10-12T09:00");
		assertThat(moved.json().get("now").asText()).endsWith("+08:00");
	}

	private HttpCaller admin() {
		return HttpCaller.basic(this.port, "admin", "demo");
	}

}
