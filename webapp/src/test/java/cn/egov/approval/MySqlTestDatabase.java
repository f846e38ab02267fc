package cn.egov.approval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Databases of the MySQL/MariaDB server the integration tests run on, found through the
 * {@code MYSQL_HOST}, {@code MYSQL_PORT}, {@code MYSQL_USER} and {@code MYSQL_PASSWORD}
 * environment variables. The defaults are CI's MariaDB: 127.0.0.1:3306, root with an
 * empty password; an operator's server may differ.
 */
public final class MySqlTestDatabase {

	private MySqlTestDatabase() {
	}

	/**
	 * Drops and creates a database, so that Flyway and Camunda must create everything
	 * from nothing.
	 */
	public static void recreate(String database) throws SQLException {
		String url = "jdbc:mysql://" + host() + "/?allowPublicKeyRetrieval=true&useSSL=false";
		try (Connection connection = DriverManager.getConnection(url, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
	}

	/** The credentials the {@code mysql} profile reads. */
	public static void registerCredentials(DynamicPropertyRegistry registry) {
		registry.add("MYSQL_USER", MySqlTestDatabase::user);
		registry.add("MYSQL_PASSWORD", MySqlTestDatabase::password);
	}

	/**
	 * The URL the {@code mysql} profile builds (application-mysql.yml), for a database
	 * outside the platform's context; the caller sets READ COMMITTED on its pool.
	 */
	public static String url(String database) {
		return "jdbc:mysql://" + host() + "/" + database + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true"
				+ "&characterEncoding=UTF-8&connectionTimeZone=SERVER&useSSL=false&allowPublicKeyRetrieval=true"
				+ "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096";
	}

	public static String user() {
		return env("MYSQL_USER", "root");
	}

	public static String password() {
		return env("MYSQL_PASSWORD", "");
	}

	private static String host() {
		return env("MYSQL_HOST", "127.0.0.1") + ":" + env("MYSQL_PORT", "3306");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
