package cn.egov.approval.calendar;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reform office sets the regional days off of its own region and the regions below it;
 * administrators those of any region. The demo reform office (account {@code reform})
 * belongs to a department of the county SF-SFS-SFX.
 */
@PlatformTest
class CalendarOverlayPermissionTest {

	private static final String ONE_DAY_OFF = "{\"daysOff\": [{\"date\": \"2026-03-10\", \"name\": \"县庆\"}]}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarSnapshots snapshots;

	@AfterEach
	void forgetTestData() {
		CalendarTestData.forget(this.jdbc, this.snapshots, 2030, "SF", "SF-SFS", "SF-SFS-SFX");
	}

	@Test
	void shouldLetTheReformOfficeEditItsOwnCounty() {
		Response saved = caller("reform").putJson("/api/calendar/regions/SF-SFS-SFX/overlays", ONE_DAY_OFF);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("daysOff").get(0).get("name").asText()).isEqualTo("县庆");
		assertThat(overlays("SF-SFS-SFX")).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "SF", "SF-SFS" })
	void shouldForbidTheReformOfficeTheRegionsAboveIt(String region) {
		Response refused = caller("reform").putJson("/api/calendar/regions/" + region + "/overlays", ONE_DAY_OFF);

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
		assertThat(refused.json().get("message").asText()).contains(region).contains("SF-SFS-SFX").contains("示范县");
		assertThat(overlays(region)).isZero();
	}

	@Test
	void shouldRefuseBeforeReadingTheBody() {
		Response refused = caller("reform").putJson("/api/calendar/regions/SF/overlays", "{\"daysOff\": 5}",
				"Accept-Language", "en");

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("message").asText())
			.isEqualTo("You may change the regional days off of your own region (示范县, SF-SFS-SFX) and the regions "
					+ "below it only, not those of 示范省 (SF)");
	}

	@Test
	void shouldLetAdministratorsEditAProvince() {
		Response saved = caller("admin").putJson("/api/calendar/regions/SF/overlays", ONE_DAY_OFF);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(overlays("SF")).isEqualTo(1);
	}

	private int overlays(String region) {
		Response response = caller("clerk").get("/api/calendar/regions/" + region + "/overlays");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("daysOff").size();
	}

	private HttpCaller caller(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

}
