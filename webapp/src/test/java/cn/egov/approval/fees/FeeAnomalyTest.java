package cn.egov.approval.fees;

import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.levy.LevyApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, acceptance 4 (levy half): each fee anomaly provoked through the HTTP API and
 * raised once. The daily imbalance and a voided payment's receipt are provoked in
 * {@link DailySettlementJourneyTest}.
 */
@PlatformTest
class FeeAnomalyTest extends FeeJourneySupport {

	/** 不动产首次登记 (自然资源局): a licensing-like item with a fixed fee. */
	static final String REAL_ESTATE = "SFX-ZRZYJ-QR-0001";

	/** One of its two alternative fee rows (住宅 80 元, 非住宅 550 元). */
	static final String HOUSING_FEE = "不动产登记费（住宅）";

	@Override
	String startsAt() {
		return "2027-03-16T09:00:00";
	}

	@Test
	void shouldRaiseFeeOffStandardOnceForMoreThanTheBill() {
		String caseNo = this.api.billed("100");
		this.api.payOk("cashier", caseNo, "6500");
		assertThat(this.window.warnings(caseNo)).containsExactly("FEE_OFF_STANDARD");
	}

	@Test
	void shouldRaiseWaiverWithoutApprovalOnceForLessThanTheBill() {
		String caseNo = this.api.billed("100");
		this.api.payOk("cashier", caseNo, "5000");
		assertThat(this.window.warnings(caseNo)).containsExactly("WAIVER_WITHOUT_APPROVAL");
	}

	@Test
	void shouldRaiseFeeNotInCatalogOnceForAFeeTheItemDoesNotPublish() {
		String caseNo = this.api.billed("100");
		ObjectNode body = LevyApi.JSON.createObjectNode();
		body.put("caseNo", caseNo).put("amount", "6000").put("method", "CASH").put("feeName", "配套设施工本费");
		Response paid = this.api.as("cashier").postJson("/api/fees/payments", body.toString());
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(this.window.warnings(caseNo)).containsExactly("FEE_NOT_IN_CATALOG");
	}

	@Test
	void shouldRaiseSkippedReceiptsOnceAndShowTheGapInTheBook() {
		String caseNo = this.api.billed("100");
		ObjectNode body = LevyApi.JSON.createObjectNode();
		body.put("caseNo", caseNo)
			.put("amount", "6000")
			.put("method", "CASH")
			.put("receiptNo", this.window.series + "00000004");
		Response paid = this.api.as("cashier").postJson("/api/fees/payments", body.toString());
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(this.window.warnings(caseNo)).containsExactly("RECEIPT_SKIPPED");

		JsonNode book = this.api.as("cashier").get("/api/fees/books/" + this.window.bookId).json();
		assertThat(book.get("used").asInt()).isEqualTo(1);
		assertThat(book.get("irregular"))
			.extracting((n) -> n.get("receiptNo").asText() + " " + n.get("status").asText())
			.containsExactly(this.window.series + "00000001 SKIPPED", this.window.series + "00000002 SKIPPED",
					this.window.series + "00000003 SKIPPED");
		assertThat(book.get("missing")).isEmpty();
		assertThat(book.get("remaining").asInt()).isEqualTo(46);
	}

	@Test
	void shouldRaiseAVoidedBlankReceiptOnceAndKeepTheBookInOrderThroughHandInAndWriteOff() {
		Response voided = this.api.as("cashier")
			.postJson("/api/fees/receipts/void-next", "{\"reason\": \"打印卡纸，票面损毁\"}");
		assertThat(voided.status()).as(voided.body()).isEqualTo(200);
		String receiptNo = voided.json().get("receiptNo").asText();
		assertThat(receiptNo).isEqualTo(this.window.series + "00000001");
		assertThat(this.window.warnings("票据-" + receiptNo)).containsExactly("RECEIPT_VOIDED");
		assertThat(this.api.as("cashier").postJson("/api/fees/receipts/void-next", "{}").status()).isEqualTo(400);

		JsonNode handedIn = this.api.as("cashier")
			.postJson("/api/fees/books/" + this.window.bookId + "/hand-in", "{}")
			.json();
		assertThat(handedIn.get("book").get("status").asText()).isEqualTo("HANDED_IN");
		assertThat(
				this.api.as("cashier").postJson("/api/fees/books/" + this.window.bookId + "/write-off", "{}").status())
			.isEqualTo(403);
		JsonNode writtenOff = this.api.as("finance")
			.postJson("/api/fees/books/" + this.window.bookId + "/write-off", "{}")
			.json();
		assertThat(writtenOff.get("book").get("status").asText()).isEqualTo("WRITTEN_OFF");
		Response noBook = this.api.pay("cashier", this.api.billed("10"), "600", "CASH", null);
		assertThat(noBook.status()).isEqualTo(409);
	}

	@Test
	void shouldRaiseFeeOutsideTheLedgerOnceWhenACaseClosesWithItsPaymentVoided() {
		String caseNo = realEstateCaseAtPayment();
		Response paid = this.api.complete("clerk3", caseNo, "payment",
				Map.of("outcome", "PAID", "paymentMethod", "CASH"));
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		JsonNode payment = this.api.account(caseNo).get("payments").get(0);
		assertThat(payment.get("receiptNo").asText()).startsWith("FS2026");
		Response voided = this.api.as("finance")
			.postJson("/api/fees/payments/" + payment.get("id").asText() + "/void", "{\"reason\": \"退费\"}");
		assertThat(voided.status()).as(voided.body()).isEqualTo(200);
		this.api.completeOk("clerk3", caseNo, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "示不动产权第0000009号", "scope", "示范县人民路 9 号"));
		this.api.completeOk("clerk3", caseNo, "delivery", Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));

		assertThat(this.window.warnings(caseNo)).containsExactlyInAnyOrder("RECEIPT_VOIDED", "FEE_OUTSIDE_LEDGER");
	}

	@Test
	void shouldTakeALicensingFeeAtTheCashiersWindowAndCompleteThePaymentStep() {
		String caseNo = realEstateCaseAtPayment();
		JsonNode account = this.api.account(caseNo);
		String due = account.get("due").asText();
		assertThat(new java.math.BigDecimal(due)).as("the chosen row only").isEqualByComparingTo("80");
		JsonNode receipt = this.api.payOk("cashier", caseNo, due);
		assertThat(receipt.get("receiptNo").asText()).startsWith(this.window.series);
		JsonNode detail = this.api.detail(caseNo);
		assertThat(detail.get("fee").get("receiptNo").asText()).isEqualTo(receipt.get("receiptNo").asText());
		assertThat(this.api.task("clerk3", caseNo, "certificate")).isNotNull();
		assertThat(this.window.warnings(caseNo)).isEmpty();
	}

	private String realEstateCaseAtPayment() {
		ObjectNode body = LevyApi.JSON.createObjectNode();
		body.put("itemCode", REAL_ESTATE);
		body.put("channel", "ONLINE");
		ObjectNode applicant = body.putObject("applicant");
		applicant.put("name", "示范县好味道餐饮有限公司");
		applicant.put("type", "ENTERPRISE");
		applicant.put("idNo", "91350000MA2XXXXX0B");
		applicant.put("phone", "13800000001");
		body.putObject("formData").put("description", "不动产首次登记");
		Response created = this.api.as("applicant").postJson("/api/cases", body.toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		this.api.completeOk("clerk3", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		this.api.completeOk("handler3", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合登记条件"));
		this.api.completeOk("head3", caseNo, "section-head",
				Map.of("outcome", "APPROVE", "opinion", "同意", "fees", List.of(HOUSING_FEE)));
		return caseNo;
	}

}
