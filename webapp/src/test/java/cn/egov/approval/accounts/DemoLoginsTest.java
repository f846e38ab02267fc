package cn.egov.approval.accounts;

import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class DemoLoginsTest {

	@LocalServerPort
	int port;

	static List<Object[]> demoLogins() {
		return List.of(new Object[] { "admin", "SFX-SCJGJ", List.of("admin") },
				new Object[] { "reform", "SFX-SCJGJ", List.of("reform-office") },
				new Object[] { "clerk", "SFX-SCJGJ", List.of("clerk") },
				new Object[] { "handler", "SFX-SCJGJ", List.of("handler") },
				new Object[] { "head", "SFX-SCJGJ", List.of("section-head") },
				new Object[] { "deputy", "SFX-SCJGJ", List.of("deputy-leader") },
				new Object[] { "leader", "SFX-SCJGJ", List.of("leader") },
				new Object[] { "clerk2", "SFX-ZJJ", List.of("clerk") },
				new Object[] { "handler2", "SFX-ZJJ", List.of("handler") },
				new Object[] { "head2", "SFX-ZJJ", List.of("section-head") },
				new Object[] { "leader2", "SFX-ZJJ", List.of("leader") },
				new Object[] { "supervisor", "SFX-SCJGJ", List.of("dept-supervisor") },
				new Object[] { "bureau", "SFX-JCJ", List.of("bureau-supervisor") },
				new Object[] { "auditor", "SFX-SJJ", List.of("auditor") },
				new Object[] { "applicant", null, List.of("applicant") },
				new Object[] { "applicant2", null, List.of("applicant") });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoLogins")
	void shouldAnswerMeWithDepartmentAndRolesOverBasicAuth(String username, String department, List<String> roles) {
		Response response = HttpCaller.basic(this.port, username, "demo").get("/api/me");

		assertThat(response.status()).isEqualTo(200);
		JsonNode me = response.json();
		assertThat(me.get("username").asText()).isEqualTo(username);
		assertThat(me.get("displayName").asText()).isNotBlank();
		assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactlyElementsOf(roles);
		if (department == null) {
			assertThat(me.get("department").isNull()).isTrue();
		}
		else {
			assertThat(me.at("/department/code").asText()).isEqualTo(department);
			assertThat(me.at("/department/name").asText()).contains("示范");
			assertThat(me.at("/region/code").asText()).startsWith("SF-SFS");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoLogins")
	void shouldLogInThroughTheBrowserFormWithCsrf(String username, String department, List<String> roles) {
		HttpCaller browser = HttpCaller.browser(this.port);
		assertThat(browser.get("/api/auth/csrf").status()).isEqualTo(204);

		Response login = browser.postForm("/api/auth/login", Map.of("username", username, "password", "demo"));

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().get("username").asText()).isEqualTo(username);
		Response me = browser.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("roles")).extracting(JsonNode::asText).containsExactlyElementsOf(roles);

		assertThat(browser.postForm("/api/auth/logout", Map.of()).status()).isEqualTo(204);
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

}
