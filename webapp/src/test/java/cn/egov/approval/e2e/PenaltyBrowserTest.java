package cn.egov.approval.e2e;

import java.util.regex.Pattern;

import cn.egov.approval.PlatformTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 6, acceptance 5, penalty part, in headless Chromium: the demo penalty item
 * (SFX-SCJGJ-CF-0001) under the general procedure from filing to payment, each step by
 * its role with the DMN band shown beside the proposed fine; and the simplified
 * procedure, refused above its limit and then a warning on the spot. Switched on by
 * {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class PenaltyBrowserTest extends BrowserTestSupport {

	private static final String FSL_126 = "《中华人民共和国食品安全法》第一百二十六条第一款";

	@BeforeEach
	void monday() {
		cn.egov.approval.HttpCaller.basic(this.port, "admin", "demo")
			.postJson("/api/admin/clock", "{\"now\": \"2027-03-01T09:00:00+08:00\"}");
	}

	@AfterEach
	void realTime() {
		cn.egov.approval.HttpCaller.basic(this.port, "admin", "demo").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	@Test
	void shouldRunTheGeneralProcedureFromFilingToPayment() throws java.io.IOException {
		logInHere("officer");
		this.page.navigate("/penalty");
		this.page.getByTestId("penalty-file").click();
		fillParty(this.page);
		this.page.getByTestId("penalty-facts").fill("当事人在其经营场所销售超过保质期的预包装食品。");
		this.page.getByTestId("penalty-submit").click();
		Locator caseNoText = this.page.getByTestId("penalty-case-no");
		assertThat(caseNoText).hasText(Pattern.compile("SFX-SCJGJ-\\d{8}-\\d{4}"));
		String caseNo = caseNoText.textContent().strip();

		as("head", caseNo, (page) -> {
			page.getByTestId("penalty-approve-opening").click();
			assertThat(page.getByTestId("penalty-stage")).hasText("调查取证");
		});
		as("officer", caseNo, (page) -> {
			page.getByTestId("penalty-evidence-description").fill("现场检查笔录：货架上 12 盒超过保质期的牛奶");
			page.getByTestId("penalty-evidence-second").fill("officer2");
			page.getByTestId("penalty-evidence-add").click();
			assertThat(page.getByTestId("penalty-evidence-item")).hasCount(1);
			number(page, "penalty-goods-value", "8000");
			number(page, "penalty-proposed-fine", "70000");
			assertThat(page.getByTestId("penalty-band-outcome")).hasText("一般处罚");
			assertThat(page.getByTestId("penalty-band-range")).hasText("65,000 元–85,000 元");
			assertThat(page.getByTestId("penalty-band-position")).hasText("在基准幅度内");
			screenshot(page, "penalty-proposal.png");
			page.getByTestId("penalty-propose").click();
			assertThat(page.getByTestId("penalty-stage")).hasText("负责人审查");
		});
		as("leader", caseNo, (page) -> {
			page.getByTestId("penalty-review").click();
			assertThat(page.getByTestId("penalty-stage")).hasText("陈述申辩");
		});
		as("officer", caseNo, (page) -> {
			page.getByTestId("penalty-statement-content").fill("当事人无异议，放弃陈述申辩和听证");
			page.getByTestId("penalty-waive").click();
			assertThat(page.getByTestId("penalty-step-statement")).hasCount(0);
		});
		as("leader", caseNo, (page) -> {
			page.getByTestId("penalty-decide").click();
			assertThat(page.getByTestId("penalty-stage")).hasText("送达");
		});
		as("officer", caseNo, (page) -> {
			page.getByTestId("penalty-deliver").click();
			assertThat(page.getByTestId("penalty-amount-due")).hasText("70,000 元");
			page.getByTestId("penalty-payment-reference").fill("BANK-20270301-0001");
			page.getByTestId("penalty-pay").click();
			assertThat(page.getByTestId("penalty-stage")).hasText("已结案");
			assertThat(page.getByTestId("penalty-notice")).hasCount(4);
			assertThat(page.getByTestId("penalty-decided")).hasText("罚款 70,000 元");
		});
	}

	@Test
	void shouldRefuseTheSimplifiedProcedureAboveItsLimitAndWarnOnTheSpot() {
		logInHere("officer");
		this.page.navigate("/penalty");
		this.page.getByTestId("penalty-on-the-spot").click();
		this.page.getByTestId("penalty-basis").click();
		this.page.locator(".el-select-dropdown__item:visible")
			.filter(new Locator.FilterOptions().setHasText(FSL_126))
			.click();
		fillParty(this.page);
		this.page.getByTestId("penalty-facts").fill("当事人未按规定查验进货票据，经当场责令改正。");
		this.page.getByTestId("penalty-kind-fine").click();
		number(this.page, "penalty-fine", "5000");
		this.page.getByTestId("penalty-submit").click();
		assertThat(this.page.getByTestId("penalty-error")).containsText("不适用简易程序");

		this.page.getByTestId("penalty-kind-warning").click();
		this.page.getByTestId("penalty-submit").click();
		assertThat(this.page.getByTestId("penalty-case-no")).hasText(Pattern.compile("SFX-SCJGJ-\\d{8}-\\d{4}"));
		assertThat(this.page.getByTestId("penalty-notice")).hasCount(1);
		this.page.getByTestId("penalty-file-decision").click();
		assertThat(this.page.getByTestId("penalty-stage")).hasText("已结案");
	}

	private void logInHere(String username) {
		this.page.navigate("/login");
		logIn(username, "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);
	}

	private static void fillParty(Page page) {
		page.getByTestId("penalty-party-name").fill("示范县好味道餐饮有限公司");
		page.getByTestId("penalty-party-id").fill("91350000MA2XXXXX0B");
		page.getByTestId("penalty-party-phone").fill("13800000001");
		page.getByTestId("penalty-second-officer").fill("officer2");
	}

	/** Types into an Element Plus number input, whose test id sits on its wrapper. */
	private static void number(Page page, String testId, String value) {
		Locator input = page.getByTestId(testId).locator("input");
		input.fill(value);
		input.blur();
	}

	/**
	 * Signs in as a member of staff in a context of their own and acts on the case's
	 * page.
	 */
	private void as(String username, String caseNo, Step step) {
		try (BrowserContext staff = chromium.newContext(this.port)) {
			Page page = staff.newPage();
			page.navigate("/login");
			page.locator("input[name=username]").fill(username);
			page.locator("input[name=password]").fill("demo");
			page.getByTestId("login-submit").click();
			assertThat(page).not().hasURL(ON_LOGIN_PAGE);
			page.navigate("/penalty/cases/" + caseNo);
			assertThat(page.getByTestId("penalty-stage")).isVisible();
			try {
				step.on(page);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			assertThat(page.getByTestId("penalty-error")).hasCount(0);
		}
	}

	private static void screenshot(Page page, String name) throws java.io.IOException {
		java.nio.file.Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	@FunctionalInterface
	private interface Step {

		void on(Page page) throws java.io.IOException;

	}

}
