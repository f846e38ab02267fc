package cn.egov.approval;

/**
 * The private in-memory H2 databases of tests and benchmarks, with the settings of the
 * embedded default that matter to them (application.yml): kept open until the JVM ends,
 * and a statement cache large enough for the platform's and Camunda's statements.
 */
public final class InMemoryDatabase {

	/** What follows the database name in an in-memory URL. */
	public static final String SETTINGS = ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256";

	/** A context's own database, as a property of {@code @SpringBootTest}. */
	public static final String PRIVATE_URL_PROPERTY = "spring.datasource.url=jdbc:h2:mem:approval-${random.uuid}"
			+ SETTINGS;

	private InMemoryDatabase() {
	}

	/** The URL of the in-memory database of that name. */
	public static String url(String name) {
		return "jdbc:h2:mem:" + name + SETTINGS;
	}

}
