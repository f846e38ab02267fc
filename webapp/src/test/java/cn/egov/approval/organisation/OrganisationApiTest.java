package cn.egov.approval.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation lists behind the UI's selects: departments for everyone (the public
 * guide filters by them), regions for logged-in users.
 */
@PlatformTest
class OrganisationApiTest {

	@LocalServerPort
	int port;

	@Test
	void shouldListDepartmentsWithoutLoginShowingPublicFieldsOnly() {
		Response response = HttpCaller.anonymous(this.port).get("/api/organisation/departments");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode market = find(response.json(), "SFX-SCJGJ");
		assertThat(fieldNames(market)).containsExactlyInAnyOrder("code", "name", "shortName", "regionCode", "kind");
		assertThat(market.get("name").asText()).isEqualTo("示范县市场监督管理局");
		assertThat(market.get("shortName").asText()).isEqualTo("县市场监管局");
		assertThat(market.get("regionCode").asText()).isEqualTo("SF-SFS-SFX");
		assertThat(market.get("kind").asText()).isEqualTo("functional");
	}

	@Test
	void shouldGroupDepartmentsByRegionWithTheFunctionalOnesFirst() {
		List<JsonNode> departments = list(HttpCaller.anonymous(this.port).get("/api/organisation/departments").json());

		assertThat(departments).extracting((department) -> department.get("regionCode").asText()).isSorted();
		List<String> countyKinds = departments.stream()
			.filter((department) -> department.get("regionCode").asText().equals("SF-SFS-SFX"))
			.map((department) -> department.get("kind").asText())
			.toList();
		assertThat(countyKinds).contains("functional", "reform", "supervision")
			.isSortedAccordingTo(Comparator.comparing((String kind) -> !kind.equals("functional")));
	}

	@Test
	void shouldListRegionsToLoggedInUsersParentsFirst() {
		Response response = HttpCaller.basic(this.port, "clerk", "demo").get("/api/organisation/regions");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().toString()).isEqualTo("[{\"code\":\"SF\",\"name\":\"示范省\",\"level\":\"province\","
				+ "\"parentCode\":null},{\"code\":\"SF-SFS\",\"name\":\"示范市\",\"level\":\"city\",\"parentCode\":\"SF\"},"
				+ "{\"code\":\"SF-SFS-SFX\",\"name\":\"示范县\",\"level\":\"county\",\"parentCode\":\"SF-SFS\"}]");
	}

	@Test
	void shouldKeepRegionsFromAnonymousCallers() {
		Response response = HttpCaller.anonymous(this.port).get("/api/organisation/regions");

		assertThat(response.status()).isEqualTo(401);
	}

	private static JsonNode find(JsonNode list, String code) {
		return list(list).stream().filter((node) -> node.get("code").asText().equals(code)).findFirst().orElseThrow();
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
