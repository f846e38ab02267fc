package cn.egov.approval.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.PlatformTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, acceptance 5 (levy half), in headless Chromium, once per demo levy item: the
 * department's clerk records the payer at the window, the handler assesses in the task
 * form and sees the published standard's amount, the payment notice is issued, the
 * cashier takes the money at the central window and issues the receipt, and the case is
 * closed. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class LevyBrowserTest extends BrowserTestSupport {

	@Test
	void shouldCollectTheUrbanInfrastructureFeeFromRecordToClosed() throws IOException {
		journey("SFX-ZJJ-ZS-0001", "clerk2", "handler2", "1000", null, "60000.00");
	}

	@Test
	void shouldCollectTheLandReclamationFeeFromRecordToClosed() throws IOException {
		journey("SFX-ZRZYJ-ZS-0001", "clerk3", "handler3", "12.5", "8000", "100000.00");
	}

	private void journey(String item, String clerk, String handler, String quantity, String unitCost, String amount)
			throws IOException {
		String caseNo = recordAtTheWindow(item, clerk);
		assess(handler, caseNo, quantity, unitCost, amount);
		downloadThePaymentNotice(clerk, caseNo);
		payAtTheCashiersWindow(caseNo, amount);
		String status = HttpCaller.basic(this.port, "admin", "demo")
			.get("/api/cases/" + caseNo)
			.json()
			.get("status")
			.asText();
		assertThat(status).isEqualTo("CLOSED");
	}

	private String recordAtTheWindow(String item, String clerk) {
		this.page.navigate("/login");
		logIn(clerk, "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);
		this.page.navigate("/work/intake");
		this.page.getByTestId("intake-item").click();
		this.page.keyboard().type(item);
		this.page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(item)).click();
		// The item's form renders once the item is loaded; levy payers here are
		// enterprises.
		assertThat(this.page.getByTestId("application-form")).isVisible();
		this.page.locator("[data-test=applicant-type] label")
			.filter(new Locator.FilterOptions().setHasText("法人"))
			.click();
		this.page.getByTestId("applicant-name").fill("示范县安居置业有限公司");
		this.page.getByTestId("applicant-id-no").fill("91350000MA2XXXXX0B");
		this.page.getByTestId("applicant-phone").fill("13800000001");
		this.page.getByTestId("form-description").fill("人民路 8 号住宅项目");
		this.page.getByTestId("application-submit").click();
		Locator caseNo = this.page.getByTestId("result-case-no");
		assertThat(caseNo).hasText(Pattern.compile("SFX-\\w+-\\d{8}-\\d{4}"));
		return caseNo.textContent().strip();
	}

	private void assess(String handler, String caseNo, String quantity, String unitCost, String amount)
			throws IOException {
		try (BrowserContext staff = chromium.newContext(this.port)) {
			Page page = signedIn(staff, handler);
			page.setViewportSize(375, 740);
			page.navigate("/work/tasks");
			Locator row = page.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(caseNo));
			assertThat(row).hasCount(1);
			row.getByTestId("task-open").click();
			assertThat(page).hasURL(Pattern.compile("/work/tasks/[^/]+$"));
			page.getByTestId("task-claim").click();
			assertThat(page.getByTestId("task-unclaim")).isVisible();
			Locator form = page.getByTestId("task-form");
			form.getByLabel("计费数量").fill(quantity);
			if (unitCost != null) {
				form.getByLabel("单位费用").fill(unitCost);
			}
			form.getByLabel("核定意见").fill("按公布标准核定");
			assertThat(page.getByTestId("task-levy-standard")).containsText(amount.replace(".00", ""));
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("levy-assessment-phone.png")));
			page.getByTestId("outcome-ASSESSED").click();
			page.locator(".el-message-box__btns .el-button--primary").click();
			assertThat(page).hasURL(Pattern.compile("/work/tasks$"));
		}
	}

	private void downloadThePaymentNotice(String clerk, String caseNo) {
		this.page.navigate("/work/cases/" + caseNo);
		Locator notice = this.page.getByTestId("case-notice-link")
			.filter(new Locator.FilterOptions().setHasText("缴款通知书"));
		assertThat(notice).hasCount(1);
		Download download = this.page.waitForDownload(notice::click);
		try {
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void payAtTheCashiersWindow(String caseNo, String amount) throws IOException {
		try (BrowserContext window = chromium.newContext(this.port)) {
			Page page = signedIn(window, "cashier");
			page.navigate("/fees/cashier");
			assertThat(page.getByTestId("cashier-next-receipt")).containsText("FS2026");
			page.getByTestId("cashier-case-no").fill(caseNo);
			page.getByTestId("cashier-look-up").click();
			assertThat(page.getByTestId("cashier-due")).hasText(amount);
			page.getByTestId("cashier-pay").click();
			assertThat(page.getByTestId("cashier-receipt")).containsText("FS2026");
			assertThat(page.getByTestId("cashier-payments")).containsText("FS2026");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("levy-cashier.png")).setFullPage(true));
		}
	}

}
