package cn.egov.approval.calendar;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading and editing the calendar: the reform office and administrators only, every bad
 * input a 400 naming the problem, nothing half-saved (acceptance 2 and 3).
 */
@PlatformTest
class CalendarEditingApiTest {

	private static final int TEST_YEAR = 2030;

	private static final String SCHEDULE_2030 = """
			{"daysOff": ["2030-01-01", {"date": "2030-10-01", "name": "国庆节"}, {"date": "2030-10-02"}],
			 "makeUpWorkdays": [{"date": "2030-09-29", "name": "国庆节调休上班"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarSnapshots snapshots;

	@AfterEach
	void forgetTestData() {
		CalendarTestData.forget(this.jdbc, this.snapshots, TEST_YEAR, "SF", "SF-SFS-SFX");
	}

	@Test
	void shouldLoadAYearAndAnswerFromIt() {
		assertThat(get("/api/calendar/days/2030-10-01").get("workday").asBoolean()).isTrue();

		Response saved = reform().putJson("/api/calendar/years/2030", SCHEDULE_2030);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode year = saved.json();
		assertThat(year.get("provisional").asBoolean()).isFalse();
		assertThat(year.get("daysOff").toString()).isEqualTo("[{\"date\":\"2030-01-01\",\"name\":null},"
				+ "{\"date\":\"2030-10-01\",\"name\":\"国庆节\"},{\"date\":\"2030-10-02\",\"name\":null}]");
		assertThat(year.get("updatedBy").asText()).isEqualTo("reform");
		// How many running timers the new schedule moved: other tests' cases and cards in
		// the shared context may have some in 2030 (CalendarTimerRecalculationTest checks
		// the moving itself).
		assertThat(year.get("timersRecalculated").isInt()).isTrue();
		assertThat(year.get("timersRecalculated").asInt()).isNotNegative();
		JsonNode holiday = get("/api/calendar/days/2030-10-01");
		assertThat(holiday.get("workday").asBoolean()).isFalse();
		assertThat(holiday.get("provisional").asBoolean()).isFalse();
		assertThat(holiday.get("name").asText()).isEqualTo("国庆节");
		assertThat(get("/api/calendar/days/2030-09-29").get("workday").asBoolean()).isTrue();
		assertThat(get("/api/calendar/deadline?from=2030-09-30&workingDays=1").get("deadline").asText())
			.isEqualTo("2030-10-03");
		assertThat(get("/api/calendar/years").findValuesAsText("year")).contains("2030");
	}

	@Test
	void shouldReplaceTheWholeYearOnASecondLoad() {
		reform().putJson("/api/calendar/years/2030", SCHEDULE_2030);

		Response replaced = admin().putJson("/api/calendar/years/2030",
				"{\"daysOff\": [\"2030-05-01\"], \"makeUpWorkdays\": [], \"provisional\": true}");

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().get("provisional").asBoolean()).isTrue();
		assertThat(replaced.json().get("updatedBy").asText()).isEqualTo("admin");
		assertThat(get("/api/calendar/days/2030-10-01").get("workday").asBoolean()).isTrue();
		assertThat(get("/api/calendar/days/2030-05-01").get("workday").asBoolean()).isFalse();
		assertThat(get("/api/calendar/days/2030-05-01").get("provisional").asBoolean()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "clerk", "handler", "head", "deputy", "leader", "supervisor", "bureau", "auditor",
			"applicant" })
	void shouldForbidEditingToEveryoneButTheReformOfficeAndAdministrators(String username) {
		HttpCaller caller = HttpCaller.basic(this.port, username, "demo");

		assertThat(caller.putJson("/api/calendar/years/2030", SCHEDULE_2030).status()).isEqualTo(403);
		assertThat(caller.putJson("/api/calendar/regions/SF/overlays", "{\"daysOff\": []}").status()).isEqualTo(403);
		assertThat(get("/api/calendar/years/2030").get("provisional").asBoolean()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"both lists|{\"daysOff\": [\"2030-10-01\"], \"makeUpWorkdays\": [\"2030-10-01\"]}|2030-10-01",
			"outside the year|{\"daysOff\": [\"2031-01-01\"], \"makeUpWorkdays\": []}|daysOff[0]",
			"unparsable|{\"daysOff\": [\"2030-01-01\", \"2030-02-30\"], \"makeUpWorkdays\": []}|daysOff[1]",
			"unparsable in object|{\"daysOff\": [], \"makeUpWorkdays\": [{\"date\": \"soon\"}]}|makeUpWorkdays[0].date",
			"duplicate|{\"daysOff\": [\"2030-01-01\", \"2030-01-01\"], \"makeUpWorkdays\": []}|daysOff[1]",
			"missing list|{\"daysOff\": []}|makeUpWorkdays",
			"not a list|{\"daysOff\": 5, \"makeUpWorkdays\": []}|daysOff",
			"unknown field|{\"dayOff\": [], \"makeUpWorkdays\": []}|dayOff",
			"bad entry|{\"daysOff\": [42], \"makeUpWorkdays\": []}|daysOff[0]",
			"bad provisional|{\"daysOff\": [], \"makeUpWorkdays\": [], \"provisional\": \"yes\"}|provisional",
			"not an object|[]|daysOff" })
	void shouldRejectABadScheduleNamingTheProblemAndSaveNothing(String problem, String body, String named) {
		Response response = reform().putJson("/api/calendar/years/2030", body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("message").asText()).contains(named);
		assertThat(get("/api/calendar/years/2030").get("provisional").asBoolean()).isTrue();
	}

	@Test
	void shouldRejectAYearOutsideTheCalendarAndUnreadableJson() {
		Response farAway = reform().putJson("/api/calendar/years/2101", "{\"daysOff\": [], \"makeUpWorkdays\": []}");
		Response broken = reform().putJson("/api/calendar/years/2030", "{\"daysOff\": [");

		assertThat(farAway.status()).isEqualTo(400);
		assertThat(farAway.json().get("message").asText()).contains("2101");
		assertThat(broken.status()).isEqualTo(400);
	}

	@Test
	void shouldNameBothPlacesOfADateListedTwice() {
		Response response = reform().putJson("/api/calendar/years/2030",
				"{\"daysOff\": [\"2030-01-01\", \"2030-10-01\"], \"makeUpWorkdays\": [\"2030-10-01\"]}",
				"Accept-Language", "en");

		assertThat(response.json().get("message").asText()).isEqualTo(
				"The date 2030-10-01 cannot be both a day off (daysOff[1]) and a make-up working day (makeUpWorkdays[0])");
	}

	@Test
	void shouldGiveARegionAndItsChildrenExtraDaysOff() {
		// A province's days off are the administrator's: the demo reform office is a
		// county's (CalendarOverlayPermissionTest).
		Response saved = admin().putJson("/api/calendar/regions/SF/overlays",
				"{\"daysOff\": [{\"date\": \"2026-03-10\", \"name\": \"省级纪念日\"}]}");

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("regionName").asText()).isEqualTo("示范省");
		// How many timers moved depends on what other tests in this shared context left
		// running; CalendarTimerRecalculationTest pins that down.
		assertThat(saved.json().has("timersRecalculated")).isTrue();
		JsonNode county = get("/api/calendar/days/2026-03-10?region=SF-SFS-SFX");
		assertThat(county.get("workday").asBoolean()).isFalse();
		assertThat(county.get("name").asText()).isEqualTo("省级纪念日");
		assertThat(get("/api/calendar/days/2026-03-10").get("workday").asBoolean()).isTrue();
		assertThat(get("/api/calendar/deadline?from=2026-03-09&workingDays=1&region=SF-SFS").get("deadline").asText())
			.isEqualTo("2026-03-11");
		assertThat(get("/api/calendar/regions/SF/overlays").get("daysOff")).hasSize(1);
	}

	@Test
	void shouldRejectBadOverlays() {
		Response unknown = reform().putJson("/api/calendar/regions/NOWHERE/overlays", "{\"daysOff\": []}");
		Response badDate = reform().putJson("/api/calendar/regions/SF-SFS-SFX/overlays",
				"{\"daysOff\": [\"2026-3-10\"]}");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("message").asText()).contains("NOWHERE");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().get("message").asText()).contains("daysOff[0]").contains("2026-3-10");
	}

	private JsonNode get(String path) {
		Response response = HttpCaller.basic(this.port, "clerk", "demo").get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private HttpCaller reform() {
		return HttpCaller.basic(this.port, "reform", "demo");
	}

	private HttpCaller admin() {
		return HttpCaller.basic(this.port, "admin", "demo");
	}

}
