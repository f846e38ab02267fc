package cn.egov.approval.casework;

import java.sql.SQLException;

import cn.egov.approval.MySqlTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 4, acceptance 5: the licensing journeys of {@link LicensingJourneyTest} and
 * {@link LegalClockJourneyTest} on MariaDB/MySQL with the {@code mysql} profile. Switched
 * on by {@code -Dplatform.it.mysql=true} (as .ci/run does); an unreachable server then
 * fails the test.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MYSQL_DATABASE=" + LicensingJourneyMySqlIT.DATABASE, "platform.demo.enabled=true",
				"platform.simulation.enabled=true", "platform.casework.storage-dir=target/it-materials",
				"logging.structured.format.console=" })
class LicensingJourneyMySqlIT {

	static final String DATABASE = "approval_journey_it";

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

	@AfterEach
	void realTime() {
		new CaseworkApi(this.port).resetClock();
	}

	@Test
	void shouldRunTheApprovalJourney() throws Exception {
		journeys().shouldRunApplyCorrectSupplementAcceptApproveFeeCertificateDeliver();
	}

	@Test
	void shouldRunTheRefusalJourney() {
		journeys().shouldRefuseAfterAcceptanceWithTheReasonsInTheDecision();
	}

	@Test
	void shouldDeemAcceptance() {
		journeys().shouldDeemAnUntouchedApplicationAcceptedAfterFiveWorkingDays();
	}

	@Test
	void shouldPauseTheLegalClock() {
		LegalClockJourneyTest clock = new LegalClockJourneyTest();
		clock.port = this.port;
		clock.mondayMorning();
		clock.shouldMoveBothDeadlinesByThePausedWorkingDaysAndFireNoTimerDuringThePause();
	}

	private LicensingJourneyTest journeys() {
		LicensingJourneyTest journeys = new LicensingJourneyTest();
		journeys.port = this.port;
		journeys.mondayMorning();
		return journeys;
	}

}
