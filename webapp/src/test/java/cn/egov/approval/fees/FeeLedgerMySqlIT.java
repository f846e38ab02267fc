package cn.egov.approval.fees;

import java.sql.SQLException;

import cn.egov.approval.MySqlTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fee ledger on MariaDB/MySQL with the {@code mysql} profile: migration V12, a day's
 * settlement with a void, a missing deposit and the weekly reconciliation, as
 * {@link DailySettlementJourneyTest} and {@link WeeklyReconciliationJourneyTest} run them
 * on H2. Switched on by {@code -Dplatform.it.mysql=true}.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MYSQL_DATABASE=" + FeeLedgerMySqlIT.DATABASE, "platform.demo.enabled=true",
				"platform.simulation.enabled=true", "platform.casework.storage-dir=target/it-materials",
				"logging.structured.format.console=" })
class FeeLedgerMySqlIT {

	static final String DATABASE = "approval_fees_it";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.registerCredentials(registry);
	}

	@BeforeAll
	static void recreateDatabase() throws SQLException {
		MySqlTestDatabase.recreate(DATABASE);
	}

	@Test
	void shouldSettleADayWithAVoidToZero() {
		DailySettlementJourneyTest days = days();
		try {
			days.shouldSettleADayWithOneVoidedReceiptToZeroImbalance();
		}
		finally {
			days.closeIt();
		}
	}

	@Test
	void shouldShowTheImbalanceOfAMissingDeposit() {
		DailySettlementJourneyTest days = days();
		try {
			days.shouldShowTheExactImbalanceOfAMissingDepositAndWarnOnce();
		}
		finally {
			days.closeIt();
		}
	}

	@Test
	void shouldListTheUnmatchedLinesOfTheWeek() {
		WeeklyReconciliationJourneyTest week = new WeeklyReconciliationJourneyTest();
		week.context = this.context;
		week.jdbc = this.jdbc;
		week.port = this.port;
		week.openATestWindow();
		try {
			week.shouldListTheLinesTheBankStatementAndTheSettlementsDoNotMatch();
		}
		finally {
			week.closeIt();
		}
	}

	private DailySettlementJourneyTest days() {
		DailySettlementJourneyTest days = new DailySettlementJourneyTest();
		days.context = this.context;
		days.jdbc = this.jdbc;
		days.port = this.port;
		days.openATestWindow();
		return days;
	}

}
