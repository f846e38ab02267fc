package cn.egov.approval.phonelogin;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.coordination.RateLimiter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code sign-in over HTTP, as the Vue app does it: the code is read where the embedded
 * demo user reads it, in the message queued for the phone.
 */
@PlatformTest
class PhoneLoginTest {

	private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

	private static final String REFUSED = "验证码错误或已过期";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimiter rateLimiter;

	/** Every test calls from this machine: start each with a fresh per-address count. */
	@BeforeEach
	void forgetThisMachinesRequests() {
		List.of("127.0.0.1", "0:0:0:0:0:0:0:1")
			.forEach((address) -> this.rateLimiter.reset(PhoneCodes.addressKey(address)));
	}

	@Test
	void shouldSignInTheDemoApplicantWithTheCodeSentToItsPhone() {
		HttpCaller browser = browser();

		Response sent = requestCode(browser, "13800000001");
		assertThat(sent.status()).isEqualTo(202);
		assertThat(sent.json().get("expiresInSeconds").asInt()).isEqualTo(300);
		Response login = logIn(browser, "13800000001", codeSentTo("13800000001"));

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().get("username").asText()).isEqualTo("applicant");
		Response me = browser.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asText()).isEqualTo("applicant");
		assertThat(me.json().get("roles")).extracting(JsonNode::asText).containsExactly("applicant");
	}

	@Test
	void shouldCreateAnApplicantAccountAtTheFirstSignInOfANumber() {
		HttpCaller browser = browser();
		requestCode(browser, "13912340001");

		Response login = logIn(browser, "13912340001", codeSentTo("13912340001"));

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().get("username").asText()).isEqualTo("m13912340001");
		assertThat(login.json().get("displayName").asText()).isEqualTo("申请人0001");
		assertThat(login.json().get("roles")).extracting(JsonNode::asText).containsExactly("applicant");
		assertThat(browser.get("/api/me").json().get("username").asText()).isEqualTo("m13912340001");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM acct_user WHERE phone = ?", Integer.class,
				"13912340001"))
			.isEqualTo(1);
	}

	@Test
	void shouldStartANewSessionWhenSigningInOverAnotherUsersSession() {
		HttpCaller browser = browser();
		browser.postForm("/api/auth/login", Map.of("username", "clerk", "password", "demo"));
		String clerkSession = browser.cookie("JSESSIONID");
		browser.get("/api/auth/csrf");
		requestCode(browser, "13800000002");

		Response login = logIn(browser, "13800000002", codeSentTo("13800000002"));

		assertThat(login.status()).isEqualTo(200);
		assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(clerkSession);
		assertThat(browser.get("/api/me").json().get("username").asText()).isEqualTo("applicant2");
	}

	@Test
	void shouldRefuseACodeUsedBefore() {
		HttpCaller first = browser();
		requestCode(first, "13912340002");
		String code = codeSentTo("13912340002");
		assertThat(logIn(first, "13912340002", code).status()).isEqualTo(200);

		Response again = logIn(browser(), "13912340002", code);

		assertRefused(again);
	}

	@Test
	void shouldBurnTheCodeAfterFiveWrongGuesses() {
		HttpCaller browser = browser();
		requestCode(browser, "13912340003");
		String code = codeSentTo("13912340003");
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int guess = 0; guess < 5; guess++) {
			assertRefused(logIn(browser, "13912340003", wrong));
		}

		assertRefused(logIn(browser, "13912340003", code));
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAStaffMembersNumberLikeAWrongCode() {
		this.jdbc.update("UPDATE acct_user SET phone = ? WHERE username = ?", "13912340004", "handler2");
		HttpCaller browser = browser();
		requestCode(browser, "13912340004");

		Response staff = logIn(browser, "13912340004", codeSentTo("13912340004"));
		Response wrongCode = logIn(browser(), "13912349999", "123456");

		assertRefused(staff);
		assertThat(staff.body()).isEqualTo(wrongCode.body());
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void shouldSendOneCodeAMinuteToANumber() {
		HttpCaller browser = browser();
		assertThat(requestCode(browser, "13912340005").status()).isEqualTo(202);

		Response again = requestCode(browser, "13912340005");

		assertThat(again.status()).isEqualTo(429);
		assertThat(again.json().get("message").asText()).isEqualTo("验证码发送过于频繁，请 60 秒后再试");
	}

	@Test
	void shouldLimitTheCodesOneAddressAsksFor() {
		HttpCaller browser = browser();
		for (int n = 10; n < 20; n++) {
			assertThat(requestCode(browser, "139123401" + n).status()).isEqualTo(202);
		}

		Response eleventh = requestCode(browser, "13912340120", "Accept-Language", "en");

		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.json().get("message").asText())
			.isEqualTo("Too many codes were requested from your network; try again in 60 minutes");
	}

	@Test
	void shouldRefuseAMalformedNumber() {
		for (String phone : List.of("12345678901", "1380000000", "138000000012", "+8613800000001", "")) {
			Response response = requestCode(browser(), phone);

			assertThat(response.status()).as(phone).isEqualTo(400);
			assertThat(response.json().get("message").asText()).isEqualTo("手机号码格式不正确，请输入 11 位中国大陆手机号码");
		}
	}

	@Test
	void shouldRequireTheCsrfToken() {
		Response response = HttpCaller.browser(this.port)
			.postJson("/api/auth/phone-code", "{\"phone\":\"13912340006\"}");

		assertThat(response.status()).isEqualTo(403);
	}

	private HttpCaller browser() {
		HttpCaller browser = HttpCaller.browser(this.port);
		browser.get("/api/auth/csrf");
		return browser;
	}

	private static Response requestCode(HttpCaller browser, String phone, String... headers) {
		return browser.postJson("/api/auth/phone-code", "{\"phone\":\"" + phone + "\"}", headers);
	}

	private static Response logIn(HttpCaller browser, String phone, String code) {
		return browser.postJson("/api/auth/phone-login", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
	}

	private String codeSentTo(String phone) {
		String body = this.jdbc
			.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? AND kind = 'PHONE_CODE' "
					+ "ORDER BY created_at DESC LIMIT 1", String.class, phone);
		Matcher matcher = CODE.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	private static void assertRefused(Response response) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
		assertThat(response.json().get("message").asText()).isEqualTo(REFUSED);
	}

}
