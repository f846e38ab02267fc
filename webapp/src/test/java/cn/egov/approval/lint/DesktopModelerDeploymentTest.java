package cn.egov.approval.lint;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 7, acceptance 2: the desktop Camunda Modeler deploys through
 * {@code /engine-rest/deployment/create} with the reform office's credentials, and the
 * lint rules refuse what breaks the conventions, naming rule and element; other staff get
 * 403.
 */
@PlatformTest
class DesktopModelerDeploymentTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Test
	void shouldDeployAValidItemProcessForTheReformOffice() throws IOException {
		String key = "modeler-item-" + UUID.randomUUID().toString().substring(0, 8);

		Response deployed = deploy(HttpCaller.basic(this.port, "reform", "demo"), key, itemProcess(key));

		assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
		JsonNode definitions = deployed.json().get("deployedProcessDefinitions");
		assertThat(definitions.elements().next().get("key").asText()).isEqualTo(key);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
	}

	@Test
	void shouldRefuseAProcessWithoutStatutoryTimerNamingRuleAndElement() throws IOException {
		String key = "modeler-broken-" + UUID.randomUUID().toString().substring(0, 8);
		String broken = itemProcess(key).replace("id=\"StatutoryLimitReached\"", "id=\"StatutoryLimitGone\"");

		Response refused = deploy(HttpCaller.basic(this.port, "reform", "demo"), key, broken);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		JsonNode body = refused.json();
		assertThat(body.get("type").asText()).isEqualTo("ParseException");
		assertThat(body.get("message").asText()).contains("egov/item-legal-timers")
			.contains("Handling")
			.contains("Item process lacks the statutory limit timer");
		JsonNode error = body.get("details").get(key + ".bpmn").get("errors").get(0);
		assertThat(error.get("mainElementId").asText()).isEqualTo("Handling");
		assertThat(error.get("message").asText()).startsWith("[egov/item-legal-timers]");
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void shouldAnswer403ForAClerkAnd401ForAWrongPassword() throws IOException {
		String key = "modeler-clerk-" + UUID.randomUUID().toString().substring(0, 8);

		Response clerk = deploy(HttpCaller.basic(this.port, "clerk", "demo"), key, itemProcess(key));
		Response wrongPassword = deploy(HttpCaller.basic(this.port, "reform", "wrong"), key, itemProcess(key));

		assertThat(clerk.status()).as(clerk.body()).isEqualTo(403);
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void shouldLintDeploymentsThroughTheJavaApiToo() throws IOException {
		String key = "api-broken-" + UUID.randomUUID().toString().substring(0, 8);
		String broken = itemProcess(key).replace("camunda:candidateGroups=\"${departmentCode}:leader\"", "");

		assertThatThrownBy(() -> this.repository.createDeployment().addString(key + ".bpmn", broken).deploy())
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("egov/candidate-groups")
			.hasMessageContaining("ApproveExtension");
	}

	@Test
	void shouldServeTheLiveLintSettingsToModellersOnly() {
		Response reform = HttpCaller.basic(this.port, "reform", "demo").get("/api/modeling/lint-config");
		Response clerk = HttpCaller.basic(this.port, "clerk", "demo").get("/api/modeling/lint-config");

		assertThat(reform.status()).isEqualTo(200);
		assertThat(reform.json().get("departments").toString()).contains("SFX-SCJGJ");
		assertThat(reform.json().get("roles").toString()).contains("section-head").doesNotContain("applicant");
		assertThat(reform.json().get("outcomes").get("approved").get(0).asText()).isEqualTo("APPROVAL");
		assertThat(clerk.status()).isEqualTo(403);
	}

	/** The licensing process under another key, as the reform office would adapt it. */
	private static String itemProcess(String key) throws IOException {
		String standard = new ClassPathResource("processes/licensing-standard.bpmn")
			.getContentAsString(StandardCharsets.UTF_8);
		return standard.replace("\"licensing-standard\"", "\"" + key + "\"");
	}

	/**
	 * Multipart exactly as the desktop Modeler sends it: its fields, then the file named
	 * after itself.
	 */
	private static Response deploy(HttpCaller caller, String key, String bpmn) {
		String boundary = "----CamundaModeler" + UUID.randomUUID();
		String file = key + ".bpmn";
		String body = field(boundary, "deployment-name", key) + field(boundary, "deployment-source", "Camunda Modeler")
				+ field(boundary, "deploy-changed-only", "true") + "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return caller.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
				BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

}
