package cn.egov.approval.web;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class OpenApiDocsTest {

	@LocalServerPort
	int port;

	@Test
	void shouldDescribeThePlatformApiToAnyone() {
		Response response = HttpCaller.anonymous(this.port).get("/v3/api-docs");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		JsonNode paths = response.json().get("paths");
		assertThat(paths.has("/api/items")).isTrue();
		assertThat(paths.has("/api/auth/phone-code")).isTrue();
		assertThat(paths.has("/api/auth/phone-login")).isTrue();
		assertThat(paths.fieldNames()).toIterable().allMatch((path) -> path.startsWith("/api/"));
		assertThat(response.json().at("/info/title").asText()).isEqualTo("网上审批与电子监察平台 API");
	}

	@Test
	void shouldServeSwaggerUi() {
		Response response = HttpCaller.anonymous(this.port).get("/swagger-ui/index.html");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Swagger UI");
	}

}
