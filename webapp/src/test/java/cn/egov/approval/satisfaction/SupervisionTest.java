package cn.egov.approval.satisfaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The set-up the complaint and rating tests share: the {@link SupervisionTestBed} with
 * the simulated clock on Monday 7 December 2026, 09:00 for each test, cleaned up after.
 */
public abstract class SupervisionTest {

	@Autowired
	protected ApplicationContext context;

	@LocalServerPort
	protected int port;

	protected SupervisionTestBed bed;

	@BeforeEach
	void mondayMorning() {
		this.bed = SupervisionTestBed.startingAt(this.context, this.port, "2026-12-07T09:00:00+08:00");
	}

	@AfterEach
	void cleanUp() {
		this.bed.cleanUp();
	}

}
