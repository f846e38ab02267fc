package cn.egov.approval.clock;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.InMemoryDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { InMemoryDatabase.PRIVATE_URL_PROPERTY, "platform.simulation.enabled=false" })
class SimulationSwitchedOffIT {

	@LocalServerPort
	int port;

	@Test
	void shouldAnswer404ForTheClockWhenSimulationIsOff() {
		HttpCaller admin = HttpCaller.basic(this.port, "admin", "demo");

		assertThat(admin.get("/api/admin/clock").status()).isEqualTo(404);
		assertThat(admin.postJson("/api/admin/clock", "{\"reset\": true}").status()).isEqualTo(404);
	}

}
