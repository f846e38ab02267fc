package cn.egov.approval.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import cn.egov.approval.PlatformTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 4, in headless Chromium: the applicant applies online with uploads,
 * the clerk accepts, the approval chain approves (each in the task form), the clerk makes
 * the certificate, and the applicant downloads the approval decision. The handler also
 * works on a phone-sized screen. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class CaseworkBrowserTest extends BrowserTestSupport {

	private static final String FOOD = "SFX-SCJGJ-XK-0001";

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void shouldApplyAcceptApproveAndDownloadTheApprovalDecision() throws IOException {
		String caseNo = applyOnline();

		completeInTheBrowser("clerk", caseNo, "审查意见", "材料齐全，予以受理", "ACCEPT", false);
		completeInTheBrowser("handler", caseNo, "审批意见", "符合食品经营许可条件", "APPROVE", true);
		completeInTheBrowser("head", caseNo, "审批意见", "同意", "APPROVE", false);
		completeInTheBrowser("deputy", caseNo, "审批意见", "同意准予许可", "APPROVE", false);
		completeInTheBrowser("clerk", caseNo, "证书编号", "JY13512340000001", "ISSUED", false);

		// The applicant's session from the application is still open.
		this.page.navigate("/my/cases/" + caseNo);
		Locator decision = this.page.getByTestId("case-notice-link")
			.filter(new Locator.FilterOptions().setHasText("准予行政许可决定书"));
		assertThat(decision).hasCount(1);
		Download download = this.page.waitForDownload(decision::click);
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		screenshot("casework-applicant-case.png");
	}

	private String applyOnline() {
		this.page.navigate("/login");
		logIn("applicant", "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);
		this.page.navigate("/apply/" + FOOD);
		this.page.locator("[data-test=applicant-type] label")
			.filter(new Locator.FilterOptions().setHasText("自然人"))
			.click();
		this.page.getByTestId("applicant-name").fill("沈市民");
		this.page.getByTestId("applicant-id-no").fill("350102199001011238");
		this.page.getByTestId("applicant-phone").fill("13800000001");
		this.page.getByTestId("form-description").fill("在人民路 8 号开办餐饮门店");
		Locator rows = this.page.locator("[data-test^=material-row-]");
		for (int i = 0; i < rows.count(); i++) {
			rows.nth(i)
				.locator("input[type=file]")
				.setInputFiles(new FilePayload("材料" + (i + 1) + ".pdf", "application/pdf", PDF));
		}
		this.page.getByTestId("application-submit").click();
		Locator caseNo = this.page.getByTestId("result-case-no");
		assertThat(caseNo).hasText(Pattern.compile("SFX-SCJGJ-\\d{8}-\\d{4}"));
		assertThat(this.page.getByTestId("result-query-code")).not().isEmpty();
		return caseNo.textContent().strip();
	}

	/**
	 * Logs in as {@code username} in a fresh context, opens the case's task, fills the
	 * form and decides.
	 */
	private void completeInTheBrowser(String username, String caseNo, String field, String value, String outcome,
			boolean phone) throws IOException {
		try (BrowserContext staff = chromium.newContext(this.port)) {
			Page page = staff.newPage();
			if (phone) {
				page.setViewportSize(375, 740);
			}
			page.navigate("/login");
			page.locator("input[name=username]").fill(username);
			page.locator("input[name=password]").fill("demo");
			page.getByTestId("login-submit").click();
			assertThat(page).not().hasURL(ON_LOGIN_PAGE);
			page.navigate("/work/tasks");
			Locator row = page.getByTestId("task-row").filter(new Locator.FilterOptions().setHasText(caseNo));
			assertThat(row).hasCount(1);
			row.getByTestId("task-open").click();
			assertThat(page).hasURL(Pattern.compile("/work/tasks/[^/]+$"));
			assertThat(page.getByTestId("task-outcomes")).isVisible();
			page.getByTestId("task-claim").click();
			assertThat(page.getByTestId("task-unclaim")).isVisible();
			assertThat(page.getByTestId("task-form")).isVisible();
			page.getByTestId("task-form").getByLabel(field).fill(value);
			page.getByTestId("outcome-" + outcome).click();
			page.locator(".el-message-box__btns .el-button--primary").click();
			assertThat(page).hasURL(Pattern.compile("/work/tasks$"));
			if (phone) {
				Files.createDirectories(SCREENSHOTS);
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("casework-phone-tasks.png")));
			}
		}
	}

}
