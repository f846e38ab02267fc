package cn.egov.approval.supervision;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the supervision HTTP tests share: the API as the demo logins call it, and the
 * simulated clock on Monday 7 December 2026, 09:00 for each test, back to real time
 * after.
 */
abstract class WarningHttpTest {

	@LocalServerPort
	int port;

	WarningApi api;

	@BeforeEach
	void mondayMorning() {
		this.api = new WarningApi(this.port);
		this.api.clock("2026-12-07T09:00:00+08:00");
	}

	@AfterEach
	void realTime() {
		this.api.resetClock();
	}

}
