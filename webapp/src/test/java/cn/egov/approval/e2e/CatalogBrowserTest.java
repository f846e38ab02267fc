package cn.egov.approval.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The item catalog in a real browser (issue 3, acceptance 4): the public service guide
 * without login, and the reform office creating, validating, publishing and versioning an
 * item. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class CatalogBrowserTest extends BrowserTestSupport {

	/** The 14 elements of an item (domain.md §5) in the order the guide lists them. */
	private static final String[] ELEMENT_LABELS = { "事项名称", "发证及有效期", "审批类型及法律效力", "设定依据", "申请条件", "申请材料", "受理机构及地点",
			"决定机构", "办理程序", "办理时限", "收费标准", "申请表格", "年审年检", "咨询投诉" };

	private static final String FOOD_LICENCE = "食品经营许可";

	@Test
	void shouldShowTheFoodBusinessLicenceWithAllFourteenElementsToAnonymousVisitors() throws IOException {
		JsonNode item = publishedItemNamed(FOOD_LICENCE);

		// The guide is reachable from the login page, without logging in.
		this.page.navigate("/login");
		this.page.getByTestId("guide-link").click();
		assertThat(this.page).hasURL(url("/guide"));
		assertThat(this.page.getByTestId("guide-title")).hasText("办事指南");

		this.page.getByTestId("guide-search-input").fill(FOOD_LICENCE);
		this.page.getByTestId("guide-search-submit").click();
		assertThat(this.page).hasURL(Pattern.compile("/guide\\?q="));
		// The penalty for trading without this licence matches the search too.
		Locator result = this.page.getByTestId("guide-result-name")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + FOOD_LICENCE + "\\s*$")));
		assertThat(result).hasCount(1);
		result.click();

		assertThat(this.page).hasURL(url("/guide/items/" + item.get("code").asText()));
		assertThat(this.page.getByTestId("item-title")).hasText(FOOD_LICENCE);
		assertThat(this.page.getByTestId("element-label")).hasText(ELEMENT_LABELS);
		assertThat(this.page.getByTestId("limit-statutory")).hasText(limitText(item.get("statutoryLimit")));
		assertThat(this.page.getByTestId("limit-promised")).hasText(limitText(item.get("promisedLimit")));
		assertThat(this.page.getByTestId("element-legalBasis"))
			.hasText(item.at("/elements/legalBasis").asText().trim());
		assertThat(this.page.getByTestId("material-row")).hasCount(item.get("materials").size());
		screenshot("guide-food-licence.png");
	}

	@Test
	void shouldLetTheReformOfficeCreateValidatePublishAndVersionAnItemThatThePublicThenSees() throws IOException {
		String suffix = Long.toString(System.currentTimeMillis() % 1_000_000L);
		String code = "SFX-SCJGJ-E2E-" + suffix;
		String name = "端到端测试许可" + suffix;

		this.page.navigate("/catalog");
		assertThat(this.page).hasURL(ON_LOGIN_PAGE);
		logIn("reform", "demo");
		assertThat(this.page).hasURL(url("/catalog"));
		this.page.getByTestId("catalog-new").click();
		assertThat(this.page).hasURL(url("/catalog/new"));

		fillNewItem(code, name);
		limit("editor-statutory-value", "20");
		limit("editor-promised-value", "25");
		this.page.getByTestId("editor-save").click();

		// Rejected beside the field, naming both values; nothing saved.
		assertThat(this.page.getByTestId("error-promisedLimit")).hasText("承诺时限（25 个工作日）不得超过法定时限（20 个工作日）");
		assertThat(this.page).hasURL(url("/catalog/new"));
		Response stored = HttpCaller.basic(this.port, "reform", "demo").get("/api/items?q=" + code);
		Assertions.assertThat(stored.json().get("total").asInt()).isZero();

		limit("editor-promised-value", "10");
		assertThat(this.page.getByTestId("error-promisedLimit")).hasCount(0);
		this.page.getByTestId("editor-save").click();
		assertThat(this.page).hasURL(url("/catalog/items/" + code));
		assertThat(this.page.getByTestId("editor-status")).hasText("草稿");
		assertThat(this.page.getByTestId("editor-version")).hasText("v1");

		publish();
		assertThat(this.page.getByTestId("editor-version")).hasText("v1");

		// Editing the published item opens version 2.
		this.page.getByTestId("editor-element-conditions").fill("具备相应的经营场所（第二版）");
		this.page.getByTestId("editor-save").click();
		assertThat(this.page.getByTestId("editor-version")).hasText("v2");
		assertThat(this.page.getByTestId("editor-status")).hasText("草稿");
		publish();

		Locator versions = this.page.getByTestId("version-row");
		assertThat(versions).hasCount(2);
		assertThat(this.page.locator("[data-test=version-row][data-version='2'] [data-test=version-status]"))
			.hasText("已发布");
		assertThat(this.page.locator("[data-test=version-row][data-version='1'] [data-test=version-status]"))
			.hasText("历史版本");
		screenshot("catalog-editor-v2.png");

		// The public sees version 2 without logging in.
		try (BrowserContext anonymous = chromium.newContext(this.port)) {
			Page visitor = anonymous.newPage();
			visitor.navigate("/guide?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
			Locator result = visitor.getByTestId("guide-result-name");
			assertThat(result).hasText(name);
			result.click();
			assertThat(visitor).hasURL(url("/guide/items/" + code));
			assertThat(visitor.getByTestId("item-title")).hasText(name);
			assertThat(visitor.getByTestId("element-conditions")).hasText("具备相应的经营场所（第二版）");
			assertThat(visitor.getByTestId("limit-statutory")).hasText("20 个工作日");
			assertThat(visitor.getByTestId("limit-promised")).hasText("10 个工作日");
		}
	}

	/** Everything a new item needs to be saved and published. */
	private void fillNewItem(String code, String name) {
		this.page.getByTestId("editor-code").fill(code);
		this.page.getByTestId("editor-name").fill(name);
		choose("editor-kind", "行政许可");
		// Every department is offered, its label ending in its code: typing the code
		// picks it.
		Locator department = this.page.getByTestId("editor-department");
		department.click();
		department.locator("input").fill("SFX-SCJGJ");
		department.locator("input").press("Enter");
		this.page.getByTestId("editor-element-legalBasis").fill("《中华人民共和国食品安全法》第三十五条");
		this.page.getByTestId("editor-element-conditions").fill("具备相应的经营场所");
		this.page.getByTestId("editor-element-acceptingBody").fill("示范县政务服务中心市场监管窗口");
		this.page.getByTestId("editor-element-decidingBody").fill("示范县市场监督管理局");
		this.page.getByTestId("editor-element-procedure").fill("受理—审查—决定—送达");
		this.page.getByTestId("editor-applicant-types").getByText("法人及其他组织").click();
		this.page.getByTestId("material-add").click();
		this.page.getByTestId("material-name-0").fill("申请书");
	}

	private void choose(String testId, String option) {
		this.page.getByTestId(testId).click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
	}

	/**
	 * Element Plus' number input takes the value on change, i.e. when the field is left.
	 */
	private void limit(String testId, String value) {
		Locator input = this.page.getByTestId(testId).locator("input");
		input.fill(value);
		input.press("Tab");
	}

	private void publish() {
		this.page.getByTestId("editor-publish").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定").setExact(true)).click();
		assertThat(this.page.getByTestId("editor-status")).hasText("已发布");
	}

	/** The published item called {@code name}, as the anonymous API answers it. */
	private JsonNode publishedItemNamed(String name) {
		HttpCaller anonymous = HttpCaller.anonymous(this.port);
		Response list = anonymous.get("/api/items?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
		Assertions.assertThat(list.status()).isEqualTo(200);
		String code = null;
		for (JsonNode summary : list.json().get("items")) {
			if (name.equals(summary.get("name").asText())) {
				code = summary.get("code").asText();
			}
		}
		Assertions.assertThat(code).as("demo catalog item %s", name).isNotNull();
		Response item = anonymous.get("/api/items/" + code);
		Assertions.assertThat(item.status()).isEqualTo(200);
		return item.json();
	}

	/** How the guide writes a limit: "20 个工作日" or "30 个自然日". */
	private static String limitText(JsonNode limit) {
		String unit = "WORKING_DAYS".equals(limit.get("unit").asText()) ? "工作日" : "自然日";
		return limit.get("value").asInt() + " 个" + unit;
	}

}
