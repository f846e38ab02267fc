package cn.egov.approval.notices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link NoticeServiceTest} on MySQL/MariaDB (LONGBLOB, the counter's row lock under
 * InnoDB), in a database of its own created afresh. Switched on by
 * {@code -Dplatform.it.mysql=true}, as .ci/run does.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class NoticeServiceMySqlTest extends NoticeServiceTest {

	private static final String DATABASE = "approval_notices_it";

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> server() + DATABASE
				+ "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionTimeZone=SERVER&useSSL=false&allowPublicKeyRetrieval=true");
		registry.add("spring.datasource.username", () -> env("MYSQL_USER", "root"));
		registry.add("spring.datasource.password", () -> env("MYSQL_PASSWORD", ""));
		registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
	}

	@BeforeAll
	static void recreateDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(
				server() + "?useSSL=false&allowPublicKeyRetrieval=true", env("MYSQL_USER", "root"),
				env("MYSQL_PASSWORD", "")); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
			statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
	}

	private static String server() {
		return "jdbc:mysql://" + env("MYSQL_HOST", "127.0.0.1") + ":" + env("MYSQL_PORT", "3306") + "/";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
