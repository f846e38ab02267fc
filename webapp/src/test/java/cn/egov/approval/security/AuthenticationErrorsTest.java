package cn.egov.approval.security;

import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class AuthenticationErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerWrongPasswordAndUnknownUserAlike() {
		Response wrongPassword = HttpCaller.basic(this.port, "handler2", "not-demo").get("/api/me");
		Response unknownUser = HttpCaller.basic(this.port, "nobody-here", "demo").get("/api/me");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownUser.status()).isEqualTo(401);
		assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
		assertThat(wrongPassword.json().get("error").asText()).isEqualTo("unauthorized");
		assertThat(wrongPassword.json().get("message").asText()).isEqualTo("用户名或密码错误");
		assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void shouldAnswerAnonymousCallsWith401Json() {
		Response response = HttpCaller.anonymous(this.port).get("/api/me", "Accept-Language", "en");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
		assertThat(response.json().get("message").asText()).isEqualTo("Please log in first");
		assertThat(String.valueOf(response.header("Set-Cookie"))).as("no session for an anonymous call")
			.doesNotContain("JSESSIONID");
	}

	@Test
	void shouldNotChallengeTheVueAppWithABrowserDialog() {
		Response response = HttpCaller.browser(this.port).get("/api/me");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAnswerWrongRoleWith403Json() {
		Response response = HttpCaller.basic(this.port, "clerk", "demo").get("/api/admin/clock");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("error").asText()).isEqualTo("forbidden");
		assertThat(response.json().get("message").asText()).isNotBlank();
	}

	@Test
	void shouldRefuseFormLoginWithoutCsrfToken() {
		HttpCaller browser = HttpCaller.browser(this.port);

		Response login = browser.postForm("/api/auth/login", Map.of("username", "clerk", "password", "demo"));

		assertThat(login.status()).isEqualTo(403);
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseWrongPasswordOnTheLoginForm() {
		HttpCaller browser = HttpCaller.browser(this.port);
		browser.get("/api/auth/csrf");

		Response login = browser.postForm("/api/auth/login", Map.of("username", "head", "password", "nope"));

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.json().get("message").asText()).isEqualTo("用户名或密码错误");
	}

	@Test
	void shouldThrottleAUsernameAfterRepeatedFailures() {
		HttpCaller wrong = HttpCaller.basic(this.port, "leader2", "wrong");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		}

		Response blocked = HttpCaller.basic(this.port, "leader2", "demo").get("/api/me");

		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.json().get("error").asText()).isEqualTo("too_many_requests");
		assertThat(HttpCaller.basic(this.port, "head2", "demo").get("/api/me").status())
			.as("other users are not affected")
			.isEqualTo(200);
	}

}
