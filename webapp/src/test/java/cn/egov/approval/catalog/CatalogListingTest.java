package cn.egov.approval.catalog;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paged listing: filters by kind, department, status and text, pages, and what each
 * caller may see. The class lists only its own items (a unique code prefix as text),
 * created once: every Basic-authenticated call pays a bcrypt check.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogListingTest {

	@LocalServerPort
	int port;

	String prefix;

	@BeforeAll
	void createItems() {
		this.prefix = CatalogFixtures.uniquePrefix("LS");
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		for (int i = 1; i <= 25; i++) {
			String code = String.format("%s-%03d", this.prefix, i);
			ObjectNode item = CatalogFixtures.publishable(code, "列表测试事项 " + i);
			if (i % 5 == 0) {
				item.put("kind", "PUBLIC_SERVICE");
				item.putObject("department").put("code", "SFX-ZJJ");
			}
			assertThat(reform.postJson("/api/items", item).status()).isEqualTo(201);
			if (i <= 20) {
				reform.post("/api/items/" + code + "/publish");
			}
		}
	}

	@Test
	void shouldPageThroughMatchesInCodeOrder() {
		JsonNode first = staff("/api/items?q=" + this.prefix + "&size=10&page=0");
		JsonNode last = staff("/api/items?q=" + this.prefix + "&size=10&page=2");

		assertThat(first.get("total").asLong()).isEqualTo(25);
		assertThat(first.get("items")).hasSize(10);
		assertThat(first.at("/items/0/code").asText()).isEqualTo(this.prefix + "-001");
		assertThat(last.get("items")).hasSize(5);
		assertThat(last.at("/items/4/code").asText()).isEqualTo(this.prefix + "-025");
		assertThat(last.get("page").asInt()).isEqualTo(2);
		assertThat(last.get("size").asInt()).isEqualTo(10);
		assertThat(staff("/api/items?q=" + this.prefix + "&size=10&page=9").get("items")).isEmpty();
	}

	@Test
	void shouldAnswerSummariesWithTheContractFields() {
		JsonNode summary = staff("/api/items?q=" + this.prefix + "-001").at("/items/0");

		assertThat(fieldNames(summary)).containsExactlyInAnyOrder("code", "name", "kind", "department", "status",
				"version", "statutoryLimit", "promisedLimit", "onTheSpot", "parallelApproval", "parentCode");
		assertThat(summary.at("/department/name").asText()).isEqualTo("示范县市场监督管理局");
		assertThat(summary.at("/statutoryLimit/unit").asText()).isEqualTo("WORKING_DAYS");
	}

	@Test
	void shouldFilterByKindDepartmentAndStatus() {
		assertThat(staff("/api/items?q=" + this.prefix + "&kind=PUBLIC_SERVICE").get("total").asLong()).isEqualTo(5);
		assertThat(staff("/api/items?q=" + this.prefix + "&department=SFX-ZJJ").get("total").asLong()).isEqualTo(5);
		assertThat(staff("/api/items?q=" + this.prefix + "&status=DRAFT").get("total").asLong()).isEqualTo(5);
		assertThat(staff("/api/items?q=" + this.prefix + "&status=PUBLISHED&kind=LICENSING").get("total").asLong())
			.isEqualTo(16);
	}

	@Test
	void shouldShowPublishedItemsOnlyToThePublicWhateverTheStatusAsked() {
		Response anonymous = CatalogHttp.anonymous(this.port).get("/api/items?q=" + this.prefix + "&status=DRAFT");
		Response clerk = CatalogHttp.as(this.port, "clerk").get("/api/items?q=" + this.prefix);

		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json().get("total").asLong()).isEqualTo(20);
		assertThat(clerk.json().get("total").asLong()).isEqualTo(20);
		assertThat(anonymous.json().get("items"))
			.allSatisfy((item) -> assertThat(item.get("status").asText()).isEqualTo("PUBLISHED"));
	}

	@Test
	void shouldSearchCaseInsensitivelyWithWildcardsTakenLiterally() {
		assertThat(staff("/api/items?q=" + this.prefix.toLowerCase() + "-00").get("total").asLong()).isEqualTo(9);
		assertThat(staff("/api/items?q=" + this.prefix + "_").get("total").asLong())
			.as("_ matches itself, not any character")
			.isZero();
		assertThat(staff("/api/items?q=" + this.prefix + "%25").get("total").asLong()).isZero();
		String name = java.net.URLEncoder.encode("列表测试事项 2", java.nio.charset.StandardCharsets.UTF_8);
		assertThat(staff("/api/items?q=" + name + "&department=SFX-SCJGJ").get("total").asLong()).as("names match too")
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void shouldListTheLatestVersionOfAnItemOnceForStaff() {
		String code = CatalogFixtures.uniquePrefix("LV");
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		reform.postJson("/api/items", CatalogFixtures.publishable(code, "版本列表测试"));
		reform.post("/api/items/" + code + "/publish");
		reform.putJson("/api/items/" + code, CatalogFixtures.publishable(code, "版本列表测试（修订）"));

		JsonNode staffView = staff("/api/items?q=" + code);
		JsonNode publicView = CatalogHttp.anonymous(this.port).get("/api/items?q=" + code).json();

		assertThat(staffView.get("total").asLong()).isEqualTo(1);
		assertThat(staffView.at("/items/0/version").asInt()).isEqualTo(2);
		assertThat(staffView.at("/items/0/status").asText()).isEqualTo("DRAFT");
		assertThat(publicView.at("/items/0/version").asInt()).isEqualTo(1);
		assertThat(publicView.at("/items/0/status").asText()).isEqualTo("PUBLISHED");
		JsonNode staffPublished = staff("/api/items?status=PUBLISHED&q=" + code);
		assertThat(staffPublished.at("/items/0/version").asInt())
			.as("staff asking for PUBLISHED see the published version under the draft")
			.isEqualTo(1);
		assertThat(staff("/api/items?status=DRAFT&q=" + code).at("/items/0/version").asInt()).isEqualTo(2);
	}

	private JsonNode staff(String path) {
		Response response = CatalogHttp.as(this.port, "reform").get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static Set<String> fieldNames(JsonNode node) {
		return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false)
			.collect(Collectors.toSet());
	}

}
