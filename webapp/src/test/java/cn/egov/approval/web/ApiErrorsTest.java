package cn.egov.approval.web;

import java.net.http.HttpRequest.BodyPublishers;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed requests get a 4xx with a message a person understands, never a 500. */
@PlatformTest
class ApiErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void shouldAnswer415ForABodyThatIsNotJson() {
		Response put = HttpCaller.basic(this.port, "admin", "demo")
			.post("/api/admin/clock", "text/plain", BodyPublishers.ofString("now"));

		assertThat(put.status()).isEqualTo(415);
		assertThat(put.json().get("error").asText()).isEqualTo("unsupported_media_type");
		assertThat(put.json().get("message").asText()).contains("application/json");
	}

	@Test
	void shouldNameAMissingParameter() {
		Response response = HttpCaller.basic(this.port, "clerk", "demo").get("/api/calendar/deadline?from=2026-01-05");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asText()).contains("workingDays");
	}

}
