package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalog is in the public guide, without login, as issue 3 lists it. */
@PlatformTest
class DemoCatalogTest {

	@LocalServerPort
	int port;

	@Test
	void shouldPublishAtLeastTwentyDemoItemsOfEveryKindAcrossFiveDepartments() {
		List<JsonNode> items = demoItems();

		assertThat(items).hasSizeGreaterThanOrEqualTo(20);
		Set<String> kinds = new HashSet<>();
		Set<String> departments = new HashSet<>();
		items.forEach((item) -> {
			kinds.add(item.get("kind").asText());
			departments.add(item.at("/department/code").asText());
		});
		assertThat(kinds).containsExactlyInAnyOrder("LICENSING", "NON_LICENSING_APPROVAL", "PUBLIC_SERVICE", "LEVY",
				"PENALTY", "CONFIRMATION", "OTHER");
		assertThat(departments).hasSizeGreaterThanOrEqualTo(5).contains("SFX-SCJGJ", "SFX-ZJJ", "SFX-ZRZYJ");
		assertThat(items).allSatisfy((item) -> assertThat(item.at("/promisedLimit/value").asInt())
			.isLessThanOrEqualTo(item.at("/statutoryLimit/value").asInt()));
	}

	@Test
	void shouldOfferFoodLicensingWithAllElementsToThePublic() {
		JsonNode food = get("/api/items/SFX-SCJGJ-XK-0001");

		assertThat(food.get("name").asText()).isEqualTo("食品经营许可");
		assertThat(food.get("status").asText()).isEqualTo("PUBLISHED");
		JsonNode elements = food.get("elements");
		for (String element : List.of("certificate", "approvalType", "legalBasis", "conditions", "acceptingBody",
				"decidingBody", "procedure", "forms", "annualReview", "enquiry")) {
			assertThat(elements.get(element).asText()).as(element).isNotBlank();
		}
		assertThat(food.get("materials").size()).isGreaterThanOrEqualTo(3);
		assertThat(food.at("/promisedLimit/value").asInt()).isLessThan(food.at("/statutoryLimit/value").asInt());
	}

	@Test
	void shouldCarryTheDangyangChainOnTheConstructionPermit() {
		JsonNode permit = get("/api/items/SFX-ZJJ-XK-0001");

		assertThat(permit.get("name").asText()).isEqualTo("建筑工程施工许可");
		assertThat(permit.at("/department/code").asText()).isEqualTo("SFX-ZJJ");
		assertThat(permit.at("/processParameters/approvalChain").toString())
			.isEqualTo("[\"clerk\",\"section-head\",\"deputy-leader\",\"leader\"]");
	}

	@Test
	void shouldSplitEnterpriseRegistrationIntoSubItems() {
		JsonNode registration = demoItems().stream()
			.filter((item) -> item.get("name").asText().equals("企业设立登记"))
			.findFirst()
			.orElseThrow();

		JsonNode full = get("/api/items/" + registration.get("code").asText());

		assertThat(full.get("subItems").size()).isGreaterThanOrEqualTo(3);
		assertThat(full.get("subItems"))
			.allSatisfy((sub) -> assertThat(get("/api/items/" + sub.get("code").asText()).get("parentCode").asText())
				.isEqualTo(full.get("code").asText()));
	}

	@Test
	void shouldIncludeJointLevyPenaltyAndOnTheSpotItems() {
		List<JsonNode> items = demoItems();

		assertThat(items).anySatisfy((item) -> {
			assertThat(item.get("parallelApproval").asBoolean()).isTrue();
			assertThat(item.at("/statutoryLimit/value").asInt()).isEqualTo(45);
		});
		assertThat(items).anySatisfy((item) -> assertThat(item.get("onTheSpot").asBoolean()).isTrue());
		assertThat(items).anySatisfy((item) -> assertThat(item.get("kind").asText()).isEqualTo("PENALTY"));
		JsonNode levy = items.stream()
			.filter((item) -> item.get("kind").asText().equals("LEVY"))
			.map((item) -> get("/api/items/" + item.get("code").asText()))
			.filter((item) -> !item.get("fees").isEmpty())
			.findFirst()
			.orElseThrow();
		JsonNode fee = levy.at("/fees/0");
		assertThat(fee.get("standard").asText()).isNotBlank();
		assertThat(fee.get("legalBasis").asText()).isNotBlank();
		assertThat(fee.get("amount").isNull() && fee.get("formula").isNull()).isFalse();
	}

	private List<JsonNode> demoItems() {
		List<JsonNode> items = new ArrayList<>();
		get("/api/items?department=&size=100&q=SFX-").get("items").forEach(items::add);
		return items;
	}

	private JsonNode get(String path) {
		var response = CatalogHttp.anonymous(this.port).get(path);
		assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
		return response.json();
	}

}
