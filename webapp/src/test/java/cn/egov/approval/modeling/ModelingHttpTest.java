package cn.egov.approval.modeling;

import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's API as the browser calls it: generation with its difference and the
 * explicit confirmation, drafts, validation, deployment (reform office only), versions
 * and migration of running cases.
 */
@PlatformTest
class ModelingHttpTest {

	/** 食品经营许可: handler → section head → deputy, no fees. */
	static final String FOOD = "SFX-SCJGJ-XK-0001";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	ModelingItems items;

	HttpCaller reform;

	@BeforeEach
	void signIn() {
		this.items = new ModelingItems(this.context, this.port);
		this.reform = HttpCaller.basic(this.port, "reform", "demo");
	}

	@AfterEach
	void cleanUp() {
		this.items.cleanUp();
	}

	@Test
	void shouldRefuseTheWorkbenchToAWindowClerk() {
		HttpCaller clerk = HttpCaller.basic(this.port, "clerk", "demo");

		assertThat(clerk.get("/api/modeling/resources").status()).isEqualTo(403);
		assertThat(clerk.get("/api/modeling/items/" + FOOD + "/generated").status()).isEqualTo(403);
		assertThat(clerk.postJson("/api/modeling/bpmn/item-x/drafts/1/deploy", "{}").status()).isEqualTo(403);
		assertThat(HttpCaller.anonymous(this.port).get("/api/modeling/resources").status()).isEqualTo(401);
	}

	@Test
	void shouldGenerateSaveAndShowTheDifferenceAfterACatalogChangeBeforeOverwriting() {
		String code = this.items.copy(FOOD, null);
		String key = ItemProcessGenerator.processKey(code);

		JsonNode first = ok(this.reform.get("/api/modeling/items/" + code + "/generated"));
		assertThat(first.get("processKey").asText()).isEqualTo(key);
		assertThat(first.get("xml").asText()).contains("ChainStepHandler", "StatutoryLimitReached");
		assertThat(first.get("diff").isNull()).isTrue();
		assertThat(
				created(this.reform.postJson("/api/modeling/items/" + code + "/generated", "")).get("draftNo").asInt())
			.isEqualTo(1);

		this.items.changeChain(code, List.of("clerk", "handler", "leader"));
		JsonNode second = ok(this.reform.get("/api/modeling/items/" + code + "/generated"));
		assertThat(second.get("current").asText()).isEqualTo("draft:1");
		assertThat(ids(second.get("diff").get("added"))).contains("ChainStepLeader");
		assertThat(ids(second.get("diff").get("removed"))).contains("ChainStepSectionHead", "ChainStepDeputyLeader");
		assertThat(second.get("diff").get("xmlDiff").size()).isPositive();

		Response unconfirmed = this.reform.postJson("/api/modeling/items/" + code + "/generated", "");
		assertThat(unconfirmed.status()).isEqualTo(409);
		assertThat(unconfirmed.json().get("message").asText()).contains("确认");
		assertThat(ok(this.reform.get("/api/modeling/bpmn/" + key)).get("draftNo").asInt()).isEqualTo(1);
		assertThat(created(this.reform.postJson("/api/modeling/items/" + code + "/generated?confirm=true", ""))
			.get("draftNo")
			.asInt()).isEqualTo(2);
		JsonNode opened = ok(this.reform.get("/api/modeling/bpmn/" + key));
		assertThat(opened.get("content").asText()).contains("ChainStepLeader");
		assertThat(opened.get("itemCode").asText()).isEqualTo(code);
	}

	@Test
	void shouldKeepDraftsVersionedAndRefuseAStaleSave() {
		String code = this.items.copy(FOOD, null);
		String key = ItemProcessGenerator.processKey(code);
		String xml = created(this.reform.postJson("/api/modeling/items/" + code + "/generated", "")).get("draftNo")
			.asInt() == 1 ? ok(this.reform.get("/api/modeling/bpmn/" + key)).get("content").asText() : null;

		JsonNode saved = created(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts", save(xml, "改名", 1)));
		assertThat(saved.get("draftNo").asInt()).isEqualTo(2);
		assertThat(saved.get("savedBy").asText()).isEqualTo("reform");
		Response stale = this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts", save(xml, "旧稿", 1));
		assertThat(stale.status()).isEqualTo(409);
		JsonNode drafts = ok(this.reform.get("/api/modeling/bpmn/" + key + "/drafts"));
		assertThat(drafts).extracting((d) -> d.get("draftNo").asInt()).containsExactly(2, 1);
		assertThat(ok(this.reform.get("/api/modeling/bpmn/" + key + "/drafts/1")).get("content").asText())
			.isEqualTo(xml);
		assertThat(this.reform.get("/api/modeling/bpmn/" + key + "/drafts/9").status()).isEqualTo(404);
		assertThat(this.reform.get("/api/modeling/bpmn/1bad%3Ckey/drafts").status()).isEqualTo(400);
		assertThat(this.reform.get("/api/modeling/svg/" + key).status()).isEqualTo(404);
	}

	@Test
	void shouldValidateAndRefuseToDeployABrokenProcess() {
		String key = "item-broken-" + System.nanoTime();
		JsonNode problems = ok(this.reform.postJson("/api/modeling/bpmn/" + key + "/validate",
				save("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">", null, null)));
		assertThat(problems.get("valid").asBoolean()).isFalse();
		assertThat(problems.get("problems").size()).isPositive();

		created(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts", save("<not-bpmn/>", null, 0)));
		Response refused = this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts/1/deploy", "");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asText()).startsWith("模型有误");
	}

	@Test
	void shouldRefuseToDeployAnItemProcessWithoutItsStatutoryTimerNamingTheRule() {
		String code = this.items.copy(FOOD, null);
		String key = ItemProcessGenerator.processKey(code);
		created(this.reform.postJson("/api/modeling/items/" + code + "/generated", ""));
		String xml = ok(this.reform.get("/api/modeling/bpmn/" + key)).get("content").asText();
		String withoutTimer = xml.replace("id=\"StatutoryLimitReached\"", "id=\"StatutoryLimitGone\"")
			.replace("bpmnElement=\"StatutoryLimitReached\"", "bpmnElement=\"StatutoryLimitGone\"")
			.replace("sourceRef=\"StatutoryLimitReached\"", "sourceRef=\"StatutoryLimitGone\"");
		created(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts", save(withoutTimer, "删去法定计时器", 1)));

		Response refused = this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts/2/deploy", "");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asText()).startsWith("部署被拒绝")
			.contains("egov/item-legal-timers")
			.contains("StatutoryLimitReached");
		assertThat(ok(this.reform.get("/api/modeling/bpmn/" + key + "/versions"))).isEmpty();
		assertThat(this.items.processKeyOf(code)).isNull();
	}

	@Test
	void shouldDeployVersionsKeepRunningCasesOnTheirsAndMigrateTheChosenOnes() {
		String code = this.items.copy(FOOD, null);
		String key = ItemProcessGenerator.processKey(code);
		created(this.reform.postJson("/api/modeling/items/" + code + "/generated", ""));

		JsonNode first = ok(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts/1/deploy", ""));
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("boundItem").asText()).isEqualTo(code);
		assertThat(this.items.processKeyOf(code)).isEqualTo(key);
		String older = this.items.apply(code);
		assertThat(this.items.versionOf(older)).isEqualTo(1);

		String renamed = ok(this.reform.get("/api/modeling/bpmn/" + key)).get("content")
			.asText()
			.replace("name=\"受理审查\"", "name=\"受理审查（窗口）\"");
		created(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts", save(renamed, "改名", 1)));
		assertThat(
				ok(this.reform.postJson("/api/modeling/bpmn/" + key + "/drafts/2/deploy", "")).get("version").asInt())
			.isEqualTo(2);
		String newer = this.items.apply(code);
		assertThat(this.items.versionOf(newer)).isEqualTo(2);
		assertThat(this.items.versionOf(older)).isEqualTo(1);

		JsonNode versions = ok(this.reform.get("/api/modeling/bpmn/" + key + "/versions"));
		assertThat(versions).extracting((v) -> v.get("version").asInt()).containsExactly(2, 1);
		assertThat(versions).extracting((v) -> v.get("running").asLong()).containsExactly(1L, 1L);
		assertThat(versions.get(0).get("source").asText()).isEqualTo("modeling-workbench");

		JsonNode plan = ok(this.reform.get("/api/modeling/bpmn/" + key + "/migration?target=2"));
		assertThat(plan).hasSize(1);
		assertThat(plan.get(0).get("version").asInt()).isEqualTo(1);
		JsonNode instance = plan.get(0).get("instances").get(0);
		assertThat(instance.get("caseNo").asText()).isEqualTo(older);
		assertThat(instance.get("canMigrate").asBoolean()).as(instance.toString()).isTrue();
		assertThat(this.items.versionOf(older)).as("the check moves nothing").isEqualTo(1);

		ObjectNode request = JSON.createObjectNode().put("targetVersion", 2);
		request.putArray("instanceIds").add(this.items.instanceOf(older));
		assertThat(
				ok(this.reform.postJson("/api/modeling/bpmn/" + key + "/migration", request.toString())).get("migrated")
					.asInt())
			.isEqualTo(1);
		assertThat(this.items.versionOf(older)).isEqualTo(2);
		assertThat(HttpCaller.basic(this.port, "clerk", "demo")
			.postJson("/api/modeling/bpmn/" + key + "/migration", request.toString())
			.status()).isEqualTo(403);
	}

	@Test
	void shouldOpenEditAndDeployFormsAndDecisionTables() {
		JsonNode form = ok(this.reform.get("/api/modeling/form/licensing-review"));
		assertThat(form.get("content").asText()).contains("\"id\": \"licensing-review\"");
		int base = form.get("draftNo").asInt();
		String original = form.get("content").asText();
		String edited = original.replace("审批意见", "审查意见");
		JsonNode formDraft = created(
				this.reform.postJson("/api/modeling/form/licensing-review/drafts", save(edited, "改标签", base)));
		assertThat(ok(this.reform.get("/api/modeling/form/licensing-review")).get("content").asText()).contains("审查意见");
		// What is deployed is the shipped form again: the context, and the task forms,
		// are
		// shared with every other test.
		JsonNode restored = created(this.reform.postJson("/api/modeling/form/licensing-review/drafts",
				save(original, "恢复", formDraft.get("draftNo").asInt())));
		Response formDeployed = this.reform
			.postJson("/api/modeling/form/licensing-review/drafts/" + restored.get("draftNo").asInt() + "/deploy", "");
		assertThat(formDeployed.status()).as(formDeployed.body()).isEqualTo(200);

		JsonNode dmn = ok(this.reform.get("/api/modeling/dmn/warning-level"));
		assertThat(dmn.get("content").asText()).contains("<decision id=\"warning-level\"");
		JsonNode dmnDraft = created(this.reform.postJson("/api/modeling/dmn/warning-level/drafts",
				save(dmn.get("content").asText(), null, dmn.get("draftNo").asInt())));
		JsonNode deployed = ok(this.reform
			.postJson("/api/modeling/dmn/warning-level/drafts/" + dmnDraft.get("draftNo").asInt() + "/deploy", ""));
		assertThat(deployed.get("version").asInt()).isGreaterThan(1);
		assertThat(ok(this.reform.get("/api/modeling/resources")))
			.anyMatch((r) -> r.get("kind").asText().equals("FORM") && r.get("key").asText().equals("licensing-review"));
	}

	private static String save(String content, String note, Integer baseDraftNo) {
		ObjectNode body = JSON.createObjectNode().put("content", content).put("note", note);
		if (baseDraftNo != null) {
			body.put("baseDraftNo", baseDraftNo);
		}
		return body.toString();
	}

	private static List<String> ids(JsonNode elements) {
		return java.util.stream.StreamSupport.stream(elements.spliterator(), false)
			.map((e) -> e.get("id").asText())
			.toList();
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode created(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
