package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 2, through the HTTP API only: a running timer written in working days moves
 * when the schedule of its year is loaded.
 */
@PlatformTest
class CalendarTimerRecalculationTest {

	/** Camunda's REST API writes dates as {@code 2026-11-24T05:59:09.420+0000}. */
	private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	/** A year with no schedule shipped: provisional, weekends only. */
	private static final int YEAR = 2031;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarSnapshots snapshots;

	@AfterEach
	void resetClockAndCalendar() {
		admin().postJson("/api/admin/clock", "{\"reset\": true}");
		CalendarTestData.forget(this.jdbc, this.snapshots, YEAR);
	}

	@Test
	void shouldMoveARunningTimerWhenTheScheduleOfItsYearIsLoaded() {
		HttpCaller admin = admin();
		admin.postJson("/api/admin/clock", "{\"now\": \"2031-03-03T10:00:00+08:00\"}");
		String instanceId = startExampleWithPromisedLimit(admin, 5);
		// Monday 2031-03-03 + 5 working days, weekends only: Tue 4 ... Mon 10, over at
		// 24:00.
		assertThat(timerDueDate(admin, instanceId)).isEqualTo(instant("2031-03-11T00:00:00+08:00"));
		assertThat(
				admin.get("/api/calendar/deadline?from=2031-03-03&workingDays=5").json().get("provisional").asBoolean())
			.isTrue();

		Response loaded = HttpCaller.basic(this.port, "reform", "demo")
			.putJson("/api/calendar/years/2031",
					"{\"daysOff\": [{\"date\": \"2031-03-05\", \"name\": \"测试假日\"}, \"2031-03-06\"], \"makeUpWorkdays\": []}");

		assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
		assertThat(loaded.json().get("timersRecalculated").asInt()).isGreaterThanOrEqualTo(1);
		// Tue 4, Fri 7, Mon 10, Tue 11, Wed 12: over at 24:00 of the 12th.
		assertThat(timerDueDate(admin, instanceId)).isEqualTo(instant("2031-03-13T00:00:00+08:00"));
		Response deadline = admin.get("/api/calendar/deadline?from=2031-03-03&workingDays=5");
		assertThat(deadline.json().get("deadline").asText()).isEqualTo("2031-03-12");
		assertThat(deadline.json().get("provisional").asBoolean()).isFalse();
	}

	@Test
	void shouldLeaveTimersOfEarlierYearsAlone() {
		HttpCaller admin = admin();
		admin.postJson("/api/admin/clock", "{\"now\": \"2026-03-02T10:00:00+08:00\"}");
		String instanceId = startExampleWithPromisedLimit(admin, 5);
		Instant before = timerDueDate(admin, instanceId);

		Response loaded = HttpCaller.basic(this.port, "admin", "demo")
			.putJson("/api/calendar/years/2031", "{\"daysOff\": [\"2031-03-05\"], \"makeUpWorkdays\": []}");

		assertThat(loaded.status()).isEqualTo(200);
		assertThat(timerDueDate(admin, instanceId)).isEqualTo(before).isEqualTo(instant("2026-03-10T00:00:00+08:00"));
	}

	private static String startExampleWithPromisedLimit(HttpCaller admin, int days) {
		Response started = admin.postJson("/engine-rest/process-definition/key/calendar-working-day-example/start",
				"{\"variables\": {\"promisedLimit\": {\"value\": " + days + ", \"type\": \"Integer\"}}}");
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		return started.json().get("id").asText();
	}

	private static Instant timerDueDate(HttpCaller admin, String instanceId) {
		Response jobs = admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&timers=true");
		assertThat(jobs.json()).hasSize(1);
		return OffsetDateTime.parse(jobs.json().get(0).get("dueDate").asText(), CAMUNDA_DATE).toInstant();
	}

	private static Instant instant(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	private HttpCaller admin() {
		return HttpCaller.basic(this.port, "admin", "demo");
	}

}
