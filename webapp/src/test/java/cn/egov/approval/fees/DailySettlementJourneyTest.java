package cn.egov.approval.fees;

import java.math.BigDecimal;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, acceptance 3 (daily settlement): a window's day of payments through the HTTP
 * API, settled with its deposits; every imbalance listed line by line.
 */
@PlatformTest
class DailySettlementJourneyTest extends FeeJourneySupport {

	static final String DAY = "2027-03-02";

	@Override
	String startsAt() {
		return DAY + "T09:00:00";
	}

	@Test
	void shouldSettleADayWithOneVoidedReceiptToZeroImbalance() {
		String first = this.api.billed("100");
		String second = this.api.billed("200");
		String third = this.api.billed("300");
		this.api.payOk("cashier", first, "6000");
		Response transfer = this.api.pay("cashier", second, "12000", "TRANSFER", "POS-" + this.window.series);
		assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
		JsonNode voided = this.api.payOk("cashier", third, "18000");
		Response cancelled = this.api.as("cashier")
			.postJson("/api/fees/payments/" + voided.get("paymentId").asText() + "/void",
					"{\"reason\": \"缴款人重复缴款，当场退还现金\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asText()).isEqualTo("VOID");

		JsonNode settlement = this.window.settle(DAY,
				"{\"CASH\": {\"amount\": \"6000.00\", \"reference\": \"XJ-" + this.window.series
						+ "\"}, \"TRANSFER\": {\"amount\": \"12000\", \"reference\": \"POS-" + this.window.series
						+ "\"}}");

		assertThat(settlement.get("balanced").asBoolean()).isTrue();
		assertThat(new BigDecimal(settlement.get("imbalance").asText())).isZero();
		assertThat(new BigDecimal(settlement.get("taken").asText())).isEqualByComparingTo("18000");
		JsonNode cash = FeeWindowFixture.line(settlement, "CASH");
		assertThat(cash.get("receipts").asInt()).isEqualTo(2);
		assertThat(cash.get("voided").asInt()).isEqualTo(1);
		assertThat(new BigDecimal(cash.get("receiptsAmount").asText())).isEqualByComparingTo("6000");
		assertThat(new BigDecimal(cash.get("taken").asText())).isEqualByComparingTo("6000");
		assertThat(new BigDecimal(cash.get("deposited").asText())).isEqualByComparingTo("6000");
		assertThat(new BigDecimal(FeeWindowFixture.line(settlement, "TRANSFER").get("depositImbalance").asText()))
			.isZero();
		assertThat(this.window.warnings(FeeAnomalies.settlementKey(this.window.code, java.time.LocalDate.parse(DAY))))
			.isEmpty();
		assertThat(this.window.warnings(third)).containsExactly("RECEIPT_VOIDED");
	}

	@Test
	void shouldShowTheExactImbalanceOfAMissingDepositAndWarnOnce() {
		this.api.payOk("cashier", this.api.billed("100"), "6000");
		this.api.payOk("cashier", this.api.billed("200"), "12000");
		Response wire = this.api.pay("cashier", this.api.billed("50"), "3000", "WIRE", "HK-" + this.window.series);
		assertThat(wire.status()).as(wire.body()).isEqualTo(201);

		JsonNode settlement = this.window.settle(DAY,
				"{\"CASH\": {\"amount\": \"17500.00\", \"reference\": \"XJ-1\"}, \"WIRE\": {\"amount\": \"3000\"}}");

		assertThat(settlement.get("balanced").asBoolean()).isFalse();
		assertThat(new BigDecimal(settlement.get("imbalance").asText())).isEqualByComparingTo("-500.00");
		JsonNode cash = FeeWindowFixture.line(settlement, "CASH");
		assertThat(new BigDecimal(cash.get("taken").asText())).isEqualByComparingTo("18000");
		assertThat(new BigDecimal(cash.get("deposited").asText())).isEqualByComparingTo("17500");
		assertThat(new BigDecimal(cash.get("depositImbalance").asText())).isEqualByComparingTo("-500");
		assertThat(new BigDecimal(FeeWindowFixture.line(settlement, "WIRE").get("depositImbalance").asText())).isZero();

		this.window.settle(DAY, "{\"CASH\": {\"amount\": \"17000.00\"}, \"WIRE\": {\"amount\": \"3000\"}}");
		assertThat(this.window.warnings(FeeAnomalies.settlementKey(this.window.code, java.time.LocalDate.parse(DAY))))
			.containsExactly("DAILY_IMBALANCE");
		JsonNode stored = this.api.as("finance").get("/api/fees/settlements/" + this.window.code + "/" + DAY).json();
		assertThat(new BigDecimal(stored.get("imbalance").asText())).isEqualByComparingTo("-1000");
	}

	@Test
	void shouldKeepOtherWindowsOutOfACashiersSettlement() {
		Response other = this.api.as("cashier").get("/api/fees/settlements/ZWFW-01/" + DAY);
		assertThat(other.status()).isEqualTo(403);
		Response anonymous = cn.egov.approval.HttpCaller.anonymous(this.port)
			.get("/api/fees/settlements/" + this.window.code + "/" + DAY);
		assertThat(anonymous.status()).isEqualTo(401);
		Response bad = this.api.as("cashier")
			.postJson("/api/fees/settlements/" + this.window.code + "/" + DAY,
					"{\"deposits\": {\"CASH\": {\"amount\": \"-1\"}}}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("message").asText()).contains("金额");
	}

}
