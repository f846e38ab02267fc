package cn.egov.approval.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one headless Chromium per class (starting it is slow),
 * a fresh browser context per test (cheap, and no cookies leak between tests), and the
 * steps every journey begins with.
 */
abstract class BrowserTestSupport {

	static final Pattern ON_LOGIN_PAGE = Pattern.compile("/login(\\?.*)?$");

	static final Path SCREENSHOTS = Paths.get("target", "e2e");

	static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		chromium = HeadlessChromium.launch();
		// Generous for a busy 2-core CI machine; a real failure still ends in seconds.
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@BeforeEach
	void openFreshContext() {
		this.context = chromium.newContext(this.port);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	void logIn(String username, String password) {
		this.page.locator("input[name=username]").fill(username);
		this.page.locator("input[name=password]").fill(password);
		this.page.getByTestId("login-submit").click();
	}

	/**
	 * A page of another browser context (a second person at another desk), signed in with
	 * the demo password.
	 */
	static Page signedIn(BrowserContext context, String username) {
		Page page = context.newPage();
		page.navigate("/login");
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill("demo");
		page.getByTestId("login-submit").click();
		PlaywrightAssertions.assertThat(page).not().hasURL(ON_LOGIN_PAGE);
		return page;
	}

	void screenshot(String fileName) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(fileName))
			.setFullPage(true)
			.setAnimations(ScreenshotAnimations.DISABLED));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
