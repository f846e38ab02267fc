package cn.egov.approval.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright. Playwright's own browser builds cannot be
 * downloaded on our build machines, so the system browser is used and downloads are
 * switched off; a missing or broken browser is an error, never a reason to skip.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

	// No sandbox and no /dev/shm because builds run as root in small containers; the
	// rest keeps Chromium from calling home, which would only time out here.
	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private final Playwright playwright;

	private final Browser browser;

	private HeadlessChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static HeadlessChromium launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException(
					"Browser tests are switched on but " + EXECUTABLE + " is missing: apt-get install chromium");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			// The front end marks its elements with data-test, as Vitest expects.
			playwright.selectors().setTestIdAttribute("data-test");
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
			return new HeadlessChromium(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	/**
	 * A context of its own (cookies, localStorage) on the platform at {@code port}. It
	 * speaks Chinese like the platform's users: the server localises its messages by
	 * Accept-Language, and headless Chromium would otherwise send en-US.
	 */
	BrowserContext newContext(int port) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setLocale("zh-CN")
				.setViewportSize(1280, 800));
		// Fail in seconds, not Playwright's default 30 s, when something is missing.
		context.setDefaultTimeout(10_000);
		return context;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
