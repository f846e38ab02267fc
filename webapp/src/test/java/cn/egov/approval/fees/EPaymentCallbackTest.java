package cn.egov.approval.fees;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.levy.LevyApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The e-payment channel's callback: only its service account may call it, and the same
 * payment reference sent again records nothing new.
 */
@PlatformTest
class EPaymentCallbackTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LevyApi api;

	@BeforeEach
	void start() {
		this.api = new LevyApi(this.context, this.port);
		this.api.clock("2027-03-17T09:00:00");
	}

	@AfterEach
	void cleanUp() {
		this.api.cleanUp();
	}

	@Test
	void shouldRecordAnOnlinePaymentOnceAndCloseTheLevy() {
		String caseNo = this.api.billed("100");
		String body = "{\"caseNo\": \"" + caseNo + "\", \"amount\": \"6000.00\", \"reference\": \"EP-" + caseNo + "\"}";

		Response first = this.api.as("epay").postJson("/api/fees/e-payments", body);
		Response again = this.api.as("epay").postJson("/api/fees/e-payments", body);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("receiptNo").asText()).isEqualTo(first.json().get("receiptNo").asText());
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(this.api.account(caseNo).get("payments")).hasSize(1);
		assertThat(this.api.account(caseNo).get("payments").get(0).get("method").asText()).isEqualTo("E_PAYMENT");
		assertThat(this.api.instance(caseNo)).hasPassed("RecordPaid").isEnded();
	}

	@Test
	void shouldRefuseCallersOtherThanThePaymentChannel() {
		String body = "{\"caseNo\": \"X\", \"amount\": \"1\", \"reference\": \"EP-X\"}";
		// Without credentials the request fails the CSRF check or the authentication.
		assertThat(HttpCaller.anonymous(this.port).postJson("/api/fees/e-payments", body).status()).isIn(401, 403);
		assertThat(this.api.as("cashier").postJson("/api/fees/e-payments", body).status()).isEqualTo(403);
		assertThat(HttpCaller.basic(this.port, "epay", "wrong").postJson("/api/fees/e-payments", body).status())
			.isEqualTo(401);
	}

}
