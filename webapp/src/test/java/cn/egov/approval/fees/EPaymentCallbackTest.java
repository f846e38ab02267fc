package cn.egov.approval.fees;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.levy.LevyApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The e-payment channel's callback: only its service account may call it, only with a
 * fresh signature over the body it sends, and the same payment reference sent again
 * records nothing new.
 */
@PlatformTest
class EPaymentCallbackTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LevyApi api;

	EPaymentGateway gateway;

	@BeforeEach
	void start() {
		this.api = new LevyApi(this.context, this.port);
		this.api.clock("2027-03-17T09:00:00");
		this.gateway = new EPaymentGateway(this.context, this.api.as("epay"));
	}

	@AfterEach
	void cleanUp() {
		this.api.cleanUp();
	}

	@Test
	void shouldRecordASignedPaymentOnceAndCloseTheLevy() {
		String caseNo = this.api.billed("100");
		String body = payment(caseNo);

		Response first = this.gateway.notify(body);
		Response again = this.gateway.notify(body);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("receiptNo").asText()).isEqualTo(first.json().get("receiptNo").asText());
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(this.api.account(caseNo).get("payments")).hasSize(1);
		assertThat(this.api.account(caseNo).get("payments").get(0).get("method").asText()).isEqualTo("E_PAYMENT");
		assertThat(this.api.instance(caseNo)).hasPassed("RecordPaid").isEnded();
	}

	@Test
	void shouldRefuseUnsignedForgedOrAlteredNotificationsAndRecordNothing() {
		String caseNo = this.api.billed("100");
		String body = payment(caseNo);
		long now = this.gateway.now();

		Response unsigned = this.api.as("epay").postJson(EPaymentGateway.PATH, body);
		Response forged = this.gateway.send(body, now, EPaymentGateway.sign("guessed-secret", now, body));
		Response altered = this.gateway.send(body.replace("6000.00", "1.00"), now, this.gateway.sign(now, body));

		assertRefused(unsigned, "签名");
		assertRefused(forged, "签名");
		assertRefused(altered, "签名");
		assertThat(this.api.account(caseNo).get("payments")).isEmpty();
		assertThat(this.gateway.notify(body).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseStaleNotificationsAndRecordNothing() {
		String caseNo = this.api.billed("100");
		String body = payment(caseNo);
		long now = this.gateway.now();

		// Ten minutes either way: the simulated clock runs on while the test talks to it;
		// EPaymentSignatureTest checks the edges to the second.
		Response old = this.gateway.send(body, now - 600, this.gateway.sign(now - 600, body));
		Response ahead = this.gateway.send(body, now + 600, this.gateway.sign(now + 600, body));
		String capturedSignature = this.gateway.sign(now, body);
		this.api.clock("2027-03-17T09:06:00");
		Response replayed = this.gateway.send(body, now, capturedSignature, "Accept-Language", "en");

		assertRefused(old, "时间戳");
		assertRefused(ahead, "时间戳");
		assertRefused(replayed, "timestamp");
		assertThat(replayed.json().get("message").asText()).contains("300 seconds");
		assertThat(this.api.account(caseNo).get("payments")).isEmpty();
		assertThat(this.gateway.notify(body).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseCallersOtherThanThePaymentChannelEvenWhenSigned() {
		String body = payment("X");
		// Without credentials the request fails the CSRF check or the authentication.
		assertThat(signedBy(HttpCaller.anonymous(this.port)).notify(body).status()).isIn(401, 403);
		assertThat(signedBy(this.api.as("cashier")).notify(body).status()).isEqualTo(403);
		assertThat(signedBy(HttpCaller.basic(this.port, "epay", "wrong")).notify(body).status()).isEqualTo(401);
	}

	@Test
	void shouldDescribeTheSignedContractInTheApiDocumentation() {
		JsonNode operation = HttpCaller.anonymous(this.port)
			.get("/v3/api-docs")
			.json()
			.at("/paths/~1api~1fees~1e-payments/post");

		assertThat(operation.get("description").asText()).contains("HMAC-SHA256", "PLATFORM_EPAY_SECRET");
		assertThat(operation.get("parameters").findValuesAsText("name")).contains("X-Epay-Timestamp",
				"X-Epay-Signature");
		assertThat(operation.at("/requestBody/content/application~1json/schema/$ref").asText())
			.endsWith("PaymentRequest");
	}

	private EPaymentGateway signedBy(HttpCaller caller) {
		return new EPaymentGateway(this.context, caller);
	}

	private static String payment(String caseNo) {
		return "{\"caseNo\": \"" + caseNo + "\", \"amount\": \"6000.00\", \"reference\": \"EP-" + caseNo + "\"}";
	}

	private static void assertRefused(Response response, String explanation) {
		assertThat(response.status()).as(response.body()).isEqualTo(401);
		assertThat(response.json().get("message").asText()).contains(explanation);
	}

}
