package cn.egov.approval.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side of the calendar API, for any logged-in user (acceptance 1 and 3). */
@PlatformTest
class CalendarApiTest {

	@LocalServerPort
	int port;

	@Test
	void shouldDescribeADay() {
		JsonNode makeUp = ok(clerk().get("/api/calendar/days/2026-02-14"));
		JsonNode holiday = ok(clerk().get("/api/calendar/days/2026-10-01"));
		JsonNode ordinary = ok(clerk().get("/api/calendar/days/2026-03-07"));
		JsonNode unscheduled = ok(clerk().get("/api/calendar/days/2027-01-01"));

		assertThat(makeUp.toString())
			.isEqualTo("{\"date\":\"2026-02-14\",\"workday\":true,\"provisional\":false,\"name\":\"春节调休上班\"}");
		assertThat(holiday.get("workday").asBoolean()).isFalse();
		assertThat(holiday.get("name").asText()).isEqualTo("国庆节");
		assertThat(ordinary.get("workday").asBoolean()).isFalse();
		assertThat(ordinary.has("name")).isFalse();
		assertThat(unscheduled.get("workday").asBoolean()).isTrue();
		assertThat(unscheduled.get("provisional").asBoolean()).isTrue();
	}

	@Test
	void shouldAnswerTheSameForAKnownRegionWithoutOverlays() {
		JsonNode day = ok(clerk().get("/api/calendar/days/2026-10-08?region=SF-SFS-SFX"));

		assertThat(day.get("workday").asBoolean()).isTrue();
	}

	@Test
	void shouldComputeADeadline() {
		JsonNode deadline = ok(clerk().get("/api/calendar/deadline?from=2026-09-29&workingDays=5"));

		assertThat(deadline.toString())
			.isEqualTo("{\"from\":\"2026-09-29\",\"workingDays\":5,\"deadline\":\"2026-10-12\",\"provisional\":false}");
	}

	@Test
	void shouldSayADeadlineInAYearWithoutScheduleIsProvisional() {
		JsonNode deadline = ok(clerk().get("/api/calendar/deadline?from=2026-12-24&workingDays=10"));

		assertThat(deadline.get("deadline").asText()).isEqualTo("2027-01-07");
		assertThat(deadline.get("provisional").asBoolean()).isTrue();
	}

	@Test
	void shouldAgreeWithThePublishedScheduleOnDeadlinesAcross2025And2026() {
		HttpCaller caller = clerk();
		for (LocalDate from = LocalDate.of(2024, 12, 31); from
			.isBefore(LocalDate.of(2026, 11, 20)); from = from.plusDays(5)) {
			int n = 1 + (int) (from.toEpochDay() % 23);
			JsonNode answer = ok(caller.get("/api/calendar/deadline?from=" + from + "&workingDays=" + n));

			assertThat(answer.get("deadline").asText()).as("%d working days after %s", n, from)
				.isEqualTo(publishedDeadline(from, n).toString());
			assertThat(answer.get("provisional").asBoolean()).isFalse();
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "/api/calendar/days/2026-13-01|date", "/api/calendar/days/yesterday|yesterday",
					"/api/calendar/days/1999-12-31|1999-12-31", "/api/calendar/days/2026-10-01?region=NOWHERE|NOWHERE",
					"/api/calendar/deadline?workingDays=5|from",
					"/api/calendar/deadline?from=2026-02-30&workingDays=5|from",
					"/api/calendar/deadline?from=2026-03-02|workingDays",
					"/api/calendar/deadline?from=2026-03-02&workingDays=-1|workingDays",
					"/api/calendar/deadline?from=2026-03-02&workingDays=2001|2001",
					"/api/calendar/deadline?from=2026-03-02&workingDays=five|five",
					"/api/calendar/deadline?from=2026-03-02&workingDays=5&region=NOWHERE|NOWHERE",
					"/api/calendar/deadline?from=2100-12-01&workingDays=2000|2100", "/api/calendar/years/1999|1999",
					"/api/calendar/years/next|year", "/api/calendar/regions/NOWHERE/overlays|NOWHERE" })
	void shouldRejectBadInputNamingTheProblem(String path, String named) {
		Response response = clerk().get(path);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("error").asText()).isEqualTo("bad_request");
		assertThat(response.json().get("message").asText()).contains(named);
	}

	@Test
	void shouldExplainInEnglishWhenAsked() {
		Response response = clerk().get("/api/calendar/deadline?from=2026-03-02&workingDays=-1", "Accept-Language",
				"en");

		assertThat(response.json().get("message").asText())
			.isEqualTo("workingDays: \"-1\" is not a whole number of working days from 0 to 2000");
	}

	@Test
	void shouldListTheShippedYears() {
		JsonNode years = ok(clerk().get("/api/calendar/years"));

		assertThat(years.get(0).get("year").asInt()).isEqualTo(2025);
		assertThat(years.get(0).get("daysOff").asInt()).isEqualTo(28);
		assertThat(years.get(0).get("makeUpWorkdays").asInt()).isEqualTo(5);
		assertThat(years.get(1).get("year").asInt()).isEqualTo(2026);
		assertThat(years.get(1).get("provisional").asBoolean()).isFalse();
		assertThat(years.get(1).get("updatedBy").asText()).isEqualTo("system");
	}

	@Test
	void shouldShowAYearsSchedule() {
		JsonNode year = ok(clerk().get("/api/calendar/years/2026"));

		assertThat(year.get("daysOff")).hasSize(33);
		assertThat(year.get("daysOff").get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"name\":\"元旦\"}");
		assertThat(year.get("makeUpWorkdays").get(0).get("date").asText()).isEqualTo("2026-01-04");
		assertThat(year.get("updatedAt").asText()).endsWith("+08:00");
		assertThat(year.has("timersRecalculated")).isFalse();
	}

	@Test
	void shouldShowAYearWithoutScheduleAsProvisionalAndEmpty() {
		JsonNode year = ok(clerk().get("/api/calendar/years/2027"));

		assertThat(year.get("provisional").asBoolean()).isTrue();
		assertThat(year.get("daysOff")).isEmpty();
		assertThat(year.get("makeUpWorkdays")).isEmpty();
		assertThat(year.get("updatedAt").isNull()).isTrue();
	}

	@Test
	void shouldRefuseAnonymousCallers() {
		assertThat(HttpCaller.anonymous(this.port).get("/api/calendar/days/2026-10-01").status()).isEqualTo(401);
	}

	/**
	 * The N-th working day after {@code from}, walking cn.6tail:tyme4j's published table.
	 */
	private static LocalDate publishedDeadline(LocalDate from, int n) {
		LocalDate day = from;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			LegalHoliday holiday = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
			boolean workday = (holiday != null) ? holiday.isWork()
					: day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
			counted += workday ? 1 : 0;
		}
		return day;
	}

	private HttpCaller clerk() {
		return HttpCaller.basic(this.port, "clerk", "demo");
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
