package cn.egov.approval.fees;

import cn.egov.approval.levy.LevyApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the fee journeys share: the levy cases to bill, a window of the test's own where
 * the demo cashier works, and the simulated clock at the test's day.
 */
abstract class FeeJourneySupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	LevyApi api;

	FeeWindowFixture window;

	/** When the test's day begins, local time. */
	abstract String startsAt();

	@BeforeEach
	void openATestWindow() {
		this.api = new LevyApi(this.context, this.port);
		this.api.clock(startsAt());
		this.window = new FeeWindowFixture(this.api, this.jdbc).open();
	}

	@AfterEach
	void closeIt() {
		this.window.close();
		this.api.cleanUp();
	}

}
