package cn.egov.approval.casework;

import java.sql.SQLException;

import cn.egov.approval.MySqlTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LicensingThroughputBenchmark} on MariaDB/MySQL: the platform with the
 * {@code mysql} profile on a fresh database, the bare engine on a second fresh database
 * of the same server, so that the ratio compares like with like. Switched on by both
 * {@code -Dplatform.benchmark=true} and {@code -Dplatform.it.mysql=true}.
 */
@EnabledIfSystemProperty(named = "platform.benchmark", matches = "true")
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MYSQL_DATABASE=" + LicensingThroughputMySqlBenchmarkIT.DATABASE, "platform.demo.enabled=true",
				"platform.simulation.enabled=true", "platform.casework.storage-dir=target/it-materials",
				"logging.structured.format.console=", "logging.level.cn.egov.approval.notifications=warn" })
@Import(StatementCounter.class)
class LicensingThroughputMySqlBenchmarkIT {

	static final String DATABASE = "approval_bench_it";

	static final String BARE_DATABASE = "approval_bench_bare";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.registerCredentials(registry);
	}

	@BeforeAll
	static void recreateDatabases() throws SQLException {
		MySqlTestDatabase.recreate(DATABASE);
		MySqlTestDatabase.recreate(BARE_DATABASE);
	}

	@Test
	void shouldPrintCasesPerSecondAgainstABareEngineAndNoticesPerSecond() throws Exception {
		String server = this.jdbc.queryForObject("SELECT VERSION()", String.class);
		StatementCounter bareStatements = new StatementCounter();
		try (BareLicensingEngine bare = new BareLicensingEngine(MySqlTestDatabase.url(BARE_DATABASE),
				MySqlTestDatabase.user(), MySqlTestDatabase.password(), bareStatements)) {
			new LicensingBenchmarkDriver(LicensingBenchmarkDriver.Platform.of(this.context))
				.run("MySQL/MariaDB " + server, bare, bareStatements);
		}
	}

}
