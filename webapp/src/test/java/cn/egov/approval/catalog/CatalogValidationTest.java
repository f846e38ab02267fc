package cn.egov.approval.catalog;

import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.ProcessFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the catalog answers 400 naming the field and the values, and saves
 * nothing.
 */
@PlatformTest
class CatalogValidationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldNameBothLimitsWhenThePromiseExceedsTheLaw() {
		String code = CatalogFixtures.uniquePrefix("VA-");
		ObjectNode item = CatalogFixtures.publishable(code, "承诺超限");
		CatalogFixtures.limit(item, "promisedLimit", 25, "WORKING_DAYS");

		Response refused = reform().postJson("/api/items", item);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode body = refused.json();
		assertThat(body.get("error").asText()).isEqualTo("invalid");
		assertThat(body.get("fieldErrors")).hasSize(1);
		assertThat(body.at("/fieldErrors/0/field").asText()).isEqualTo("promisedLimit");
		assertThat(body.at("/fieldErrors/0/message").asText()).isEqualTo("承诺时限（25 个工作日）不得超过法定时限（20 个工作日）");
		assertThat(reform().get("/api/items/" + code).status()).as("nothing saved").isEqualTo(404);
	}

	@Test
	void shouldAnswerInEnglishWhenAsked() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "Promise too long");
		CatalogFixtures.limit(item, "promisedLimit", 25, "WORKING_DAYS");

		Response refused = HttpCaller.basic(this.port, "reform", "demo")
			.postJson("/api/items", item.toString(), "Accept-Language", "en");

		assertThat(refused.json().at("/fieldErrors/0/message").asText())
			.isEqualTo("Promised limit (25 working days) must not exceed the statutory limit (20 working days)");
	}

	@Test
	void shouldRefuseAWorkingDayPromiseAgainstACalendarDayLaw() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "单位不一致");
		CatalogFixtures.limit(item, "statutoryLimit", 30, "CALENDAR_DAYS");
		CatalogFixtures.limit(item, "promisedLimit", 10, "WORKING_DAYS");

		JsonNode body = reform().postJson("/api/items", item).json();

		assertThat(body.at("/fieldErrors/0/field").asText()).isEqualTo("promisedLimit.unit");
		assertThat(body.at("/fieldErrors/0/message").asText()).contains("10 个工作日").contains("30 个自然日");
	}

	@Test
	void shouldAcceptACalendarDayPromiseWithinAWorkingDayLaw() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "自然日承诺");
		CatalogFixtures.limit(item, "promisedLimit", 15, "CALENDAR_DAYS");

		assertThat(reform().postJson("/api/items", item).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseADuplicateCode() {
		Response refused = reform().postJson("/api/items", CatalogFixtures.publishable("SFX-SCJGJ-XK-0001", "重复"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("code");
		assertThat(refused.json().get("message").asText()).isEqualTo("事项编码“SFX-SCJGJ-XK-0001”已被其他事项使用");
	}

	@Test
	void shouldRefuseABadCodeAndReservedCodes() {
		assertThat(reform().postJson("/api/items", CatalogFixtures.publishable("a b", "坏编码"))
			.json()
			.get("message")
			.asText()).contains("“a b”").contains("3 至 40 位");
		assertThat(reform().postJson("/api/items", CatalogFixtures.publishable("export", "保留字"))
			.json()
			.get("field")
			.asText()).isEqualTo("code");
	}

	@Test
	void shouldRefuseAnUnknownDepartment() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "未知部门");
		item.putObject("department").put("code", "SFX-NOPE");

		JsonNode body = reform().postJson("/api/items", item).json();

		assertThat(body.get("field").asText()).isEqualTo("department");
		assertThat(body.get("message").asText()).isEqualTo("实施部门“SFX-NOPE”不存在");
	}

	@Test
	void shouldRefuseBadEnumerationValuesAllAtOnce() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "枚举错误");
		item.put("kind", "LICENCE");
		CatalogFixtures.limit(item, "statutoryLimit", 20, "WEEKS");
		((ObjectNode) item.get("materials").get(0)).put("form", "SCAN");
		item.putArray("applicantTypes").add("ALIEN");
		item.put("approvingLeaderRole", "boss");

		JsonNode body = reform().postJson("/api/items", item).json();

		assertThat(body.get("fieldErrors")).extracting((error) -> error.get("field").asText())
			.containsExactlyInAnyOrder("kind", "statutoryLimit.unit", "materials[0].form", "applicantTypes[0]",
					"approvingLeaderRole");
		assertThat(body.get("message").asText()).startsWith("事项信息有 5 处问题：");
		assertThat(body.get("fieldErrors").get(0).get("message").asText()).contains("LICENCE")
			.contains("NON_LICENSING_APPROVAL");
		assertThat(body.toString()).contains("第 1 项材料的形式的值“SCAN”无效");
	}

	@Test
	void shouldRefuseToPublishWithoutTheRequiredElements() {
		String code = CatalogFixtures.uniquePrefix("VA-");
		ObjectNode item = CatalogFixtures.publishable(code, "要素不全");
		((ObjectNode) item.get("elements")).remove("legalBasis");
		((ObjectNode) item.get("elements")).put("procedure", " ");
		item.remove("statutoryLimit");
		item.putArray("materials");
		assertThat(reform().postJson("/api/items", item).status()).as("a draft may be incomplete").isEqualTo(201);

		Response refused = reform().post("/api/items/" + code + "/publish");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("fieldErrors")).extracting((error) -> error.get("field").asText())
			.containsExactlyInAnyOrder("elements.legalBasis", "elements.procedure", "statutoryLimit", "materials");
		assertThat(refused.json().toString()).contains("发布的事项必须填写法律依据");
		assertThat(reform().get("/api/items/" + code).json().get("status").asText()).isEqualTo("DRAFT");
	}

	@Test
	void shouldNotLetAPublishedItemLoseARequiredElement() {
		String code = CatalogFixtures.uniquePrefix("VA-");
		ObjectNode item = CatalogFixtures.publishable(code, "已发布事项");
		reform().postJson("/api/items", item);
		reform().post("/api/items/" + code + "/publish");
		((ObjectNode) item.get("elements")).putNull("conditions");

		Response refused = reform().putJson("/api/items/" + code, item);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("elements.conditions");
		assertThat(reform().get("/api/items/" + code + "/versions").json()).as("no draft was created").hasSize(1);
	}

	@Test
	void shouldRequireADeployedProcess() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "流程未部署");
		item.put("processKey", "no-such-process");

		JsonNode body = reform().postJson("/api/items", item).json();

		assertThat(body.get("field").asText()).isEqualTo("processKey");
		assertThat(body.get("message").asText()).contains("no-such-process").contains("没有已部署的流程定义");

		ProcessFixtures.deployClockSmoke(HttpCaller.basic(this.port, "admin", "demo"));
		item.put("processKey", "clock-smoke");
		assertThat(reform().postJson("/api/items", item).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseAnUnknownParentAndACycle() {
		String parent = CatalogFixtures.uniquePrefix("VA-");
		ObjectNode orphan = CatalogFixtures.publishable(parent + "-X", "无上级");
		orphan.put("parentCode", parent + "-NONE");
		assertThat(reform().postJson("/api/items", orphan).json().get("field").asText()).isEqualTo("parentCode");

		reform().postJson("/api/items", CatalogFixtures.publishable(parent, "上级"));
		ObjectNode child = CatalogFixtures.publishable(parent + "-01", "下级");
		child.put("parentCode", parent);
		reform().postJson("/api/items", child);
		ObjectNode cycle = CatalogFixtures.publishable(parent, "上级");
		cycle.put("parentCode", parent + "-01");

		Response refused = reform().putJson("/api/items/" + parent, cycle);

		assertThat(refused.json().get("message").asText()).contains(parent + "-01").contains("下级");
	}

	@Test
	void shouldAllowZeroPromiseOnlyOnTheSpot() {
		ObjectNode item = CatalogFixtures.publishable(CatalogFixtures.uniquePrefix("VA-"), "即办件");
		CatalogFixtures.limit(item, "promisedLimit", 0, "WORKING_DAYS");
		assertThat(reform().postJson("/api/items", item).json().get("field").asText()).isEqualTo("promisedLimit.value");

		item.put("onTheSpot", true);
		assertThat(reform().postJson("/api/items", item).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseToChangeTheCodeOfAnItem() {
		String code = CatalogFixtures.uniquePrefix("VA-");
		reform().postJson("/api/items", CatalogFixtures.publishable(code, "改编码"));

		Response refused = reform().putJson("/api/items/" + code, CatalogFixtures.publishable(code + "-NEW", "改编码"));

		assertThat(refused.json().get("field").asText()).isEqualTo("code");
	}

	@Test
	void shouldRefuseBadListingParameters() {
		JsonNode body = reform().get("/api/items?kind=NOPE&status=GONE&size=500").json();

		assertThat(body.get("fieldErrors")).extracting((error) -> error.get("field").asText())
			.containsExactlyInAnyOrderElementsOf(List.of("kind", "status", "size"));
		assertThat(reform().get("/api/items?page=-1").status()).isEqualTo(400);
	}

	@Test
	void shouldRefuseUnreadableJson() {
		Response refused = reform().postJson("/api/items", "{\"code\": ");

		assertThat(refused.status()).isEqualTo(400);
	}

	private CatalogHttp reform() {
		return CatalogHttp.as(this.port, "reform");
	}

}
