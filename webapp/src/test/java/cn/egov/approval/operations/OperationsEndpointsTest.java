package cn.egov.approval.operations;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class OperationsEndpointsTest {

	@LocalServerPort
	int port;

	@Test
	void shouldReportHealthUpWithDatabaseForAdmin() {
		Response anonymous = HttpCaller.anonymous(this.port).get("/actuator/health");
		Response admin = HttpCaller.basic(this.port, "admin", "demo").get("/actuator/health");

		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");
		assertThat(admin.json().at("/components/db/status").asText()).isEqualTo("UP");
	}

	@Test
	void shouldExposePrometheusMetricsToAdminOnly() {
		assertThat(HttpCaller.anonymous(this.port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(HttpCaller.basic(this.port, "clerk", "demo").get("/actuator/prometheus").status()).isEqualTo(403);
		Response metrics = HttpCaller.basic(this.port, "admin", "demo").get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void shouldServeTheVueAppAtRootAndOnItsRoutes() {
		Response root = HttpCaller.anonymous(this.port).get("/");
		Response deepLink = HttpCaller.anonymous(this.port).get("/admin/clock");
		Response loginRoute = HttpCaller.anonymous(this.port).get("/login");

		assertThat(root.status()).isEqualTo(200);
		assertThat(root.header("Content-Type")).startsWith("text/html");
		assertThat(root.body()).contains("<div id=\"app\"");
		assertThat(deepLink.status()).isEqualTo(200);
		assertThat(deepLink.body()).isEqualTo(root.body());
		assertThat(loginRoute.body()).as("the Vue app's login page, not Spring's").isEqualTo(root.body());
	}

	@Test
	void shouldLetBrowsersKeepHashedAssetsButNotTheIndexPage() {
		Response root = HttpCaller.anonymous(this.port).get("/");
		java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"")
			.matcher(root.body());
		assertThat(script.find()).as("index.html names a hashed script").isTrue();

		Response asset = HttpCaller.anonymous(this.port).get(script.group(1));

		assertThat(asset.status()).isEqualTo(200);
		assertThat(asset.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
		assertThat(asset.header("Set-Cookie")).as("no CSRF cookie on assets").isNull();
		assertThat(root.header("Cache-Control")).contains("no-store");
	}

	@Test
	void shouldAnswerUnknownApiPathsWithJson404() {
		Response response = HttpCaller.basic(this.port, "admin", "demo").get("/api/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("error").asText()).isEqualTo("not_found");
	}

}
