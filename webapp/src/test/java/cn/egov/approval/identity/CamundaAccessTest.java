package cn.egov.approval.identity;

import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's REST API and web apps use the platform's accounts, roles and departments. */
@PlatformTest
class CamundaAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldAnswerEngineRestForAdmin() {
		HttpCaller admin = HttpCaller.basic(this.port, "admin", "demo");

		Response engine = admin.get("/engine-rest/engine");
		Response definitions = admin.get("/engine-rest/process-definition");

		assertThat(engine.status()).isEqualTo(200);
		assertThat(engine.json().get(0).get("name").asText()).isEqualTo("default");
		assertThat(definitions.status()).isEqualTo(200);
		assertThat(definitions.json().isArray()).isTrue();
	}

	@Test
	void shouldRefuseAnonymousAndPublicCallersOnEngineRest() {
		assertThat(HttpCaller.anonymous(this.port).get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(HttpCaller.basic(this.port, "admin", "wrong").get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(HttpCaller.basic(this.port, "applicant", "demo").get("/engine-rest/engine").status()).isEqualTo(403);
	}

	@Test
	void shouldApplyCamundaAuthorizationsToEngineRest() {
		Response clerkGroups = HttpCaller.basic(this.port, "clerk", "demo").get("/engine-rest/group?member=clerk");
		Response clerkAuthorizations = HttpCaller.basic(this.port, "clerk", "demo")
			.get("/engine-rest/authorization?groupIdIn=camunda-admin");

		assertThat(clerkGroups.status()).isEqualTo(200);
		assertThat(clerkAuthorizations.status()).isEqualTo(200);
		assertThat(clerkAuthorizations.json().size()).as("clerk may not read the administrators' grants").isZero();
	}

	@Test
	void shouldExposeRolesAndDepartmentRolesAsCamundaGroups() {
		assertThat(this.identityService.createGroupQuery().groupMember("handler2").list()).extracting("id")
			.containsExactlyInAnyOrder("handler", "SFX-ZJJ:handler");
		assertThat(this.identityService.createUserQuery().memberOfGroup("SFX-SCJGJ:section-head").list())
			.extracting("id")
			.containsExactly("head");
		assertThat(this.identityService.createUserQuery().userFirstNameLike("%窗口%").list()).extracting("id")
			.containsExactly("clerk", "clerk2", "clerk3", "clerk4", "clerk5", "clerk6");
		assertThat(this.identityService.checkPassword("admin", "demo")).isTrue();
		assertThat(this.identityService.checkPassword("admin", "guess")).isFalse();
	}

	@Test
	void shouldLogIntoCockpitWithAdminAndKeepClerkOut() {
		assertThat(camundaLogin("cockpit", "admin", "demo").status()).isEqualTo(200);
		assertThat(camundaLogin("cockpit", "clerk", "demo").status()).isEqualTo(403);
		assertThat(camundaLogin("tasklist", "clerk", "demo").status()).isEqualTo(200);
		assertThat(camundaLogin("cockpit", "admin", "wrong").status()).isNotEqualTo(200);
	}

	private Response camundaLogin(String app, String username, String password) {
		HttpCaller browser = HttpCaller.anonymous(this.port);
		Response page = browser.get("/camunda/app/" + app + "/default/");
		assertThat(page.status()).isEqualTo(200);
		String token = page.header("X-XSRF-TOKEN");
		return browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
				Map.of("username", username, "password", password), "X-XSRF-TOKEN", token);
	}

}
