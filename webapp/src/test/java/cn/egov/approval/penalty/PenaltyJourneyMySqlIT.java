package cn.egov.approval.penalty;

import java.sql.SQLException;

import cn.egov.approval.MySqlTestDatabase;
import cn.egov.approval.fees.FeeLedger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The penalty journeys of {@link PenaltyJourneyTest} on MariaDB/MySQL with the
 * {@code mysql} profile (V13 and the penalty mapper there). Switched on by
 * {@code -Dplatform.it.mysql=true}.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MYSQL_DATABASE=" + PenaltyJourneyMySqlIT.DATABASE, "platform.demo.enabled=true",
				"platform.simulation.enabled=true", "platform.casework.storage-dir=target/it-materials",
				"logging.structured.format.console=" })
class PenaltyJourneyMySqlIT {

	static final String DATABASE = "approval_penalty_it";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	FeeLedger ledger;

	PenaltyJourneyTest journeys;

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.registerCredentials(registry);
	}

	@BeforeAll
	static void recreateDatabase() throws SQLException {
		MySqlTestDatabase.recreate(DATABASE);
	}

	@BeforeEach
	void monday() {
		this.journeys = new PenaltyJourneyTest();
		this.journeys.port = this.port;
		this.journeys.runtime = this.runtime;
		this.journeys.ledger = this.ledger;
		this.journeys.monday();
	}

	@AfterEach
	void realTime() {
		this.journeys.realTime();
	}

	@Test
	void shouldRunTheGeneralProcedure() {
		this.journeys.shouldRunTheGeneralProcedureFromFilingToPayment();
	}

	@Test
	void shouldRefuseAndRunTheSimplifiedProcedure() {
		this.journeys.shouldRefuseTheSimplifiedProcedureAboveItsLimitWithTheReason();
	}

	@Test
	void shouldKeepStepsToRolesAndCasesToTheirAgency() {
		this.journeys.shouldKeepEachStepToItsRoleAndEachCaseToItsAgency();
	}

}
