package cn.egov.approval.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Vue app in a real browser against the whole platform: login, the shell, role-aware
 * menus and the error pages. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class BrowserLoginTest extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "admin", "reform", "clerk", "handler", "head", "deputy", "leader", "clerk2", "handler2",
			"head2", "leader2", "supervisor", "bureau", "auditor", "applicant", "applicant2" })
	void shouldShowNameDepartmentAndRolesAfterLoginAndReturnToLoginAfterLogout(String username) {
		Response response = HttpCaller.basic(this.port, username, "demo").get("/api/me");
		Assertions.assertThat(response.status()).isEqualTo(200);
		JsonNode me = response.json();

		this.page.navigate("/");
		assertThat(this.page).hasURL(ON_LOGIN_PAGE);
		logIn(username, "demo");

		assertThat(this.page).hasURL(url("/"));
		Locator header = this.page.getByTestId("shell-header");
		assertThat(header.getByTestId("display-name")).hasText(me.get("displayName").asText());
		if (me.get("department").isNull()) {
			assertThat(header.getByTestId("department")).hasCount(0);
		}
		else {
			assertThat(header.getByTestId("department")).hasText(me.at("/department/name").asText());
		}
		List<String> roleCodes = new ArrayList<>();
		me.get("roles").forEach((role) -> roleCodes.add(role.asText()));
		Locator roleTags = header.getByTestId("role-tag");
		assertThat(roleTags).hasCount(roleCodes.size());
		// People read translated role names, never the codes the API sends.
		Assertions.assertThat(roleTags.allInnerTexts()).doesNotContainAnyElementsOf(roleCodes);

		header.getByTestId("logout").click();
		assertThat(this.page).hasURL(url("/login"));
		assertThat(this.page.getByTestId("login-submit")).isVisible();
	}

	@Test
	void shouldShowServerMessageAndStayOnLoginWhenPasswordIsWrong() {
		this.page.navigate("/login");
		logIn("clerk", "not-the-password");

		assertThat(this.page.getByTestId("login-error")).containsText("用户名或密码错误");
		assertThat(this.page).hasURL(url("/login"));
	}

	@Test
	void shouldShowSimulatedClockMenuEntryToAdmin() throws IOException {
		this.page.navigate("/login");
		logIn("admin", "demo");

		// The entry appears only once the shell has probed the clock API as admin.
		assertThat(this.page.getByTestId("menu-clock")).hasText("模拟时钟");
		assertThat(this.page.getByTestId("shell-header").getByTestId("role-tag")).hasText("系统管理员");
		Files.createDirectories(SCREENSHOTS);
		// Element Plus tags zoom in as they appear; mid-transition they are invisible.
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-shell.png"))
			.setAnimations(ScreenshotAnimations.DISABLED));
	}

	@Test
	void shouldShowOnlyHomeAndOwnApplicationsToApplicantAndForbidTheClockPage() {
		this.page.navigate("/login");
		logIn("applicant", "demo");

		assertThat(this.page.getByTestId("menu-home")).hasText("首页");
		assertThat(this.page.getByTestId("menu-my-cases")).hasText("我的申请");
		assertThat(this.page.locator("[data-test^='menu-']")).hasCount(2);

		this.page.navigate("/admin/clock");
		assertThat(this.page).hasURL(url("/403"));
		assertThat(this.page.getByTestId("error-403")).isVisible();
	}

	@Test
	void shouldReturnToDeepLinkAfterLogin() {
		this.page.navigate("/admin/clock");
		assertThat(this.page).hasURL(ON_LOGIN_PAGE);
		logIn("admin", "demo");

		assertThat(this.page).hasURL(url("/admin/clock"));
		assertThat(this.page.getByTestId("clock-now")).isVisible();
	}

	@Test
	void shouldTranslateLoginPageWhenSwitchingToEnglish() {
		this.page.navigate("/login");
		assertThat(this.page.getByTestId("login-title")).hasText("网上审批与电子监察平台");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("语言")).click();
		this.page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("English")).click();

		assertThat(this.page.getByTestId("login-title")).hasText("Online Approval & E-Supervision Platform");
		assertThat(this.page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isVisible();
		// The sign-in tabs are labelled too ("Password" / "Phone code"): look for the
		// field itself.
		assertThat(this.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))).isVisible();
		assertThat(this.page.getByTestId("login-submit")).hasText("Sign in");
		assertThat(this.page).hasTitle("Sign in - Online Approval & E-Supervision Platform");
	}

}
