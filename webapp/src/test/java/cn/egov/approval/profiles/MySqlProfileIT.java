package cn.egov.approval.profiles;

import java.sql.SQLException;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.MySqlTestDatabase;
import cn.egov.approval.ProcessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same application on MySQL/MariaDB with the {@code mysql} profile: Flyway creates
 * the platform's tables, Camunda its own, and the platform works on them. Switched on by
 * {@code -Dplatform.it.mysql=true} (as .ci/run does); then an unreachable server fails
 * the test instead of skipping it.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "MYSQL_DATABASE=" + MySqlProfileIT.DATABASE,
		"platform.demo.enabled=true", "platform.simulation.enabled=false", "logging.structured.format.console=" })
class MySqlProfileIT {

	static final String DATABASE = "approval_it";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * CI's MariaDB has a root user with an empty password; an operator's server may
	 * differ.
	 */
	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.registerCredentials(registry);
	}

	/**
	 * A fresh database each run: Flyway and Camunda must create everything from nothing.
	 */
	@BeforeAll
	static void recreateDatabase() throws SQLException {
		MySqlTestDatabase.recreate(DATABASE);
	}

	@Test
	void shouldRunFlywayMigrationsAndCreateCamundaSchemaOnTheServer() {
		String product = this.jdbc.queryForObject("SELECT VERSION()", String.class);
		Integer migrations = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL", Integer.class);
		List<String> camundaTables = this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name LIKE 'ACT_RU_%'",
				String.class, DATABASE);
		String isolation = this.jdbc.queryForObject("SELECT @@tx_isolation", String.class);

		assertThat(product).isNotBlank();
		assertThat(migrations).isPositive();
		assertThat(camundaTables).contains("ACT_RU_JOB", "ACT_RU_TASK", "ACT_RU_EXECUTION");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM acct_user", Integer.class))
			.isGreaterThanOrEqualTo(16);
		assertThat(isolation).isEqualTo("READ-COMMITTED");
	}

	@Test
	void shouldLogInAndAnswerMeFromTheServer() {
		Response me = HttpCaller.basic(this.port, "head2", "demo").get("/api/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().at("/department/name").asText()).isEqualTo("示范县住房和城乡建设局");
		assertThat(me.json().at("/displayName").asText()).isEqualTo("冯股长");
		assertThat(HttpCaller.basic(this.port, "head2", "wrong").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void shouldRunAProcessThroughTheEngineRestApi() {
		HttpCaller admin = HttpCaller.basic(this.port, "admin", "demo");
		ProcessFixtures.deployClockSmoke(admin);

		Response started = admin.postJson("/engine-rest/process-definition/key/clock-smoke/start", "{}");
		String instanceId = started.json().get("id").asText();
		String taskId = admin.get("/engine-rest/task?processInstanceId=" + instanceId).json().get(0).get("id").asText();
		Response completed = admin.postJson("/engine-rest/task/" + taskId + "/complete", "{}");

		assertThat(started.status()).isEqualTo(200);
		assertThat(completed.status()).isEqualTo(204);
		assertThat(admin.get("/engine-rest/history/process-instance/" + instanceId).json().get("state").asText())
			.isEqualTo("COMPLETED");
	}

	@Test
	void shouldReportTheDatabaseInHealth() {
		Response health = HttpCaller.basic(this.port, "admin", "demo").get("/actuator/health");

		assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
		assertThat(health.json().at("/components/db/details/database").asText()).isEqualTo("MySQL");
	}

}
