package cn.egov.approval.audit;

import java.sql.SQLException;

import cn.egov.approval.MySqlTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit chain of {@link AuditChainTest} on MariaDB/MySQL with the {@code mysql}
 * profile: the chain head's row lock serialises concurrent writers there too, and the
 * stored timestamps hash as they were hashed. Switched on by
 * {@code -Dplatform.it.mysql=true}.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MYSQL_DATABASE=" + AuditChainMySqlIT.DATABASE, "platform.demo.enabled=true",
				"logging.structured.format.console=" })
class AuditChainMySqlIT {

	static final String DATABASE = "approval_audit_it";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private AuditChainTest chain;

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.registerCredentials(registry);
	}

	@BeforeAll
	static void recreateDatabase() throws SQLException {
		MySqlTestDatabase.recreate(DATABASE);
	}

	@BeforeEach
	void someHistory() {
		this.chain = new AuditChainTest();
		this.chain.trail = this.trail;
		this.chain.verifier = this.verifier;
		this.chain.mapper = this.mapper;
		this.chain.jdbc = this.jdbc;
		this.chain.transactions = this.transactions;
		this.chain.someHistory();
	}

	@Test
	void shouldKeepOneChainWhenManyThreadsAppendAtOnce() throws Exception {
		this.chain.shouldKeepOneChainWhenManyThreadsAppendAtOnce();
	}

	@Test
	void shouldVerifyAnUntouchedChainAndDetectChangedDeletedAndSwappedRows() {
		this.chain.shouldVerifyAnUntouchedChain();
		this.chain.shouldDetectAChangedRow();
		this.chain.shouldDetectAChangedRowEvenWithItsOwnHashRecomputed();
		this.chain.shouldDetectADeletedRow();
		this.chain.shouldDetectTheNewestRowDeleted();
		this.chain.shouldDetectTwoRowsSwapped();
	}

	@Test
	void shouldLeaveNoEntryWhenTheActionRollsBack() {
		this.chain.shouldLeaveNoEntryWhenTheActionRollsBack();
		this.chain.shouldLogAnApiCallInTheFirstTransactionItCommitsAndNotInOneThatRollsBack();
	}

}
