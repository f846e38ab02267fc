package cn.egov.approval.catalog;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reform office's journey: create a draft, publish it, edit it into version 2,
 * publish again, retire; what the public and other roles may see and do on the way.
 */
@PlatformTest
class CatalogLifecycleTest {

	@LocalServerPort
	int port;

	@Autowired
	CatalogService catalog;

	@Test
	void shouldCreatePublishVersionAndRetireAnItem() {
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		CatalogHttp anonymous = CatalogHttp.anonymous(this.port);
		String code = CatalogFixtures.uniquePrefix("LC-");
		ObjectNode body = CatalogFixtures.publishable(code, "测试许可事项");

		Response created = reform.postJson("/api/items", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/items/" + code);
		JsonNode draft = created.json();
		assertThat(draft.get("version").asInt()).isEqualTo(1);
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		assertThat(draft.at("/department/name").asText()).isEqualTo("示范县市场监督管理局");
		assertThat(draft.get("updatedBy").asText()).isEqualTo("reform");
		assertThat(draft.at("/processParameters/approvalChain").toString())
			.isEqualTo("[\"clerk\",\"section-head\",\"deputy-leader\",\"leader\"]");
		assertThat(anonymous.get("/api/items/" + code).status()).as("drafts stay hidden").isEqualTo(404);

		Response published = reform.post("/api/items/" + code + "/publish");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.json().get("publishedAt").asText()).contains("+08:00");
		JsonNode publicView = anonymous.get("/api/items/" + code).json();
		assertThat(publicView.get("name").asText()).isEqualTo("测试许可事项");
		assertThat(publicView.at("/promisedLimit/value").asInt()).isEqualTo(10);

		body.put("name", "测试许可事项（修订）");
		CatalogFixtures.limit(body, "promisedLimit", 8, "WORKING_DAYS");
		Response edited = reform.putJson("/api/items/" + code, body);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("version").asInt()).isEqualTo(2);
		assertThat(edited.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(anonymous.get("/api/items/" + code).json().get("name").asText())
			.as("the public keeps reading version 1 while version 2 is a draft")
			.isEqualTo("测试许可事项");
		assertThat(reform.get("/api/items/" + code + "?draft=true").json().get("version").asInt()).isEqualTo(2);
		Response editedAgain = reform.putJson("/api/items/" + code, body.put("handlers", "赵承办"));
		assertThat(editedAgain.json().get("version").asInt()).as("a draft is edited in place").isEqualTo(2);

		reform.post("/api/items/" + code + "/publish");
		assertThat(anonymous.get("/api/items/" + code).json().get("version").asInt()).isEqualTo(2);
		JsonNode versions = reform.get("/api/items/" + code + "/versions").json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("status").asText()).isEqualTo("SUPERSEDED");
		assertThat(versions.get(1).get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(anonymous.get("/api/items/" + code + "?version=1").json().get("name").asText()).isEqualTo("测试许可事项");
		assertThat(this.catalog.findVersion(code, 1)).get()
			.satisfies((v1) -> assertThat(v1.promisedLimit().value()).isEqualTo(10));

		Response retired = reform.post("/api/items/" + code + "/retire");
		assertThat(retired.status()).isEqualTo(200);
		assertThat(retired.json().get("status").asText()).isEqualTo("RETIRED");
		assertThat(anonymous.get("/api/items/" + code).status()).isEqualTo(404);
		assertThat(reform.post("/api/items/" + code + "/retire").status()).isEqualTo(400);
		assertThat(this.catalog.findVersion(code, 2)).as("running cases still read their version").isPresent();
	}

	@Test
	void shouldBindADeployedProcessToThePublishedVersionAndToAnOpenDraft() {
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		String code = CatalogFixtures.uniquePrefix("LC-");
		ObjectNode body = CatalogFixtures.publishable(code, "绑定流程");
		reform.postJson("/api/items", body);
		reform.post("/api/items/" + code + "/publish");
		body.put("name", "绑定流程（修订中）");
		assertThat(reform.putJson("/api/items/" + code, body).json().get("status").asText()).isEqualTo("DRAFT");

		Item latest = this.catalog.bindProcess(code, "licensing-joint", "reform");

		assertThat(latest.status()).isEqualTo("DRAFT");
		assertThat(latest.processKey()).isEqualTo("licensing-joint");
		Item published = this.catalog.findPublished(code).orElseThrow();
		assertThat(published.version()).isEqualTo(1);
		assertThat(published.name()).isEqualTo("绑定流程");
		assertThat(published.processKey()).as("new cases start the deployed process now").isEqualTo("licensing-joint");
		Item afterPublishing = this.catalog.publish(code, "reform");
		assertThat(afterPublishing.processKey()).isEqualTo("licensing-joint");
	}

	@Test
	void shouldNotPublishTwiceWithoutANewDraft() {
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		String code = CatalogFixtures.uniquePrefix("LC-");
		reform.postJson("/api/items", CatalogFixtures.publishable(code, "发布两次"));
		reform.post("/api/items/" + code + "/publish");

		Response again = reform.post("/api/items/" + code + "/publish");

		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("message").asText()).contains(code).contains("草稿");
	}

	@Test
	void shouldListSubItemsUnderTheirParent() {
		CatalogHttp admin = CatalogHttp.as(this.port, "admin");
		String parent = CatalogFixtures.uniquePrefix("LC-");
		admin.postJson("/api/items", CatalogFixtures.publishable(parent, "上级事项"));
		admin.post("/api/items/" + parent + "/publish");
		ObjectNode child = CatalogFixtures.publishable(parent + "-01", "子项一");
		child.put("parentCode", parent);
		assertThat(admin.postJson("/api/items", child).status()).isEqualTo(201);

		assertThat(admin.get("/api/items/" + parent).json().get("subItems").get(0).get("status").asText())
			.isEqualTo("DRAFT");
		assertThat(CatalogHttp.anonymous(this.port).get("/api/items/" + parent).json().get("subItems"))
			.as("the public sees published sub-items only")
			.isEmpty();
		admin.post("/api/items/" + parent + "-01/publish");
		JsonNode sub = CatalogHttp.anonymous(this.port).get("/api/items/" + parent).json().get("subItems").get(0);
		assertThat(sub.get("code").asText()).isEqualTo(parent + "-01");
		assertThat(sub.get("name").asText()).isEqualTo("子项一");
	}

	@Test
	void shouldRefuseWritesToRolesOutsideTheReformOffice() {
		String code = CatalogFixtures.uniquePrefix("LC-");
		ObjectNode body = CatalogFixtures.publishable(code, "无权创建");
		for (String user : new String[] { "clerk", "leader", "bureau", "applicant" }) {
			CatalogHttp caller = CatalogHttp.as(this.port, user);
			assertThat(caller.postJson("/api/items", body).status()).as(user).isEqualTo(403);
			assertThat(caller.putJson("/api/items/SFX-SCJGJ-XK-0001", body).status()).as(user).isEqualTo(403);
			assertThat(caller.post("/api/items/SFX-SCJGJ-XK-0001/retire").status()).as(user).isEqualTo(403);
			assertThat(caller.get("/api/items/SFX-SCJGJ-XK-0001/versions").status()).as(user).isEqualTo(403);
			assertThat(caller.getBytes("/api/items/export").status()).as(user).isEqualTo(403);
		}
		CatalogHttp anonymous = CatalogHttp.anonymous(this.port);
		// Without a session an anonymous POST fails the CSRF check (403) before
		// authentication.
		assertThat(anonymous.postJson("/api/items", body).status()).isIn(401, 403);
		assertThat(anonymous.getBytes("/api/items/export").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/items/SFX-SCJGJ-XK-0001/versions").status()).isEqualTo(401);
	}

	@Test
	void shouldShowDraftsToStaffOnly() {
		CatalogHttp reform = CatalogHttp.as(this.port, "reform");
		String code = CatalogFixtures.uniquePrefix("LC-");
		reform.postJson("/api/items", CatalogFixtures.publishable(code, "只有草稿"));

		assertThat(reform.get("/api/items/" + code).json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(CatalogHttp.as(this.port, "clerk").get("/api/items/" + code).status()).isEqualTo(404);
		assertThat(CatalogHttp.anonymous(this.port).get("/api/items/" + code + "?version=1").status()).isEqualTo(404);
		assertThat(CatalogHttp.anonymous(this.port).get("/api/items/" + code + "?draft=true").status()).isEqualTo(404);
		assertThat(reform.get("/api/items/NO-SUCH-ITEM").json().get("message").asText()).contains("NO-SUCH-ITEM");
	}

}
