package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.levy.LevyApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, acceptance 3 (weekly reconciliation): the ledger, the windows' settled
 * deposits (fiscal account) and an imported bank statement for a week; what does not
 * match is listed. The statement is checked by its content and size.
 */
@PlatformTest
class WeeklyReconciliationJourneyTest extends FeeJourneySupport {

	static final String MONDAY = "2027-03-08";

	@Override
	String startsAt() {
		return MONDAY + "T09:00:00";
	}

	@Test
	void shouldListTheLinesTheBankStatementAndTheSettlementsDoNotMatch() {
		String slip1 = "SLIP1-" + this.window.series;
		String slip2 = "SLIP2-" + this.window.series;
		this.api.payOk("cashier", this.api.billed("100"), "6000");
		this.window.settle(MONDAY, "{\"CASH\": {\"amount\": \"6000\", \"reference\": \"" + slip1 + "\"}}");
		this.api.clock("2027-03-09T09:00:00");
		this.api.payOk("cashier", this.api.billed("200"), "12000");
		this.window.settle("2027-03-09", "{\"CASH\": {\"amount\": \"12000\", \"reference\": \"" + slip2 + "\"}}");
		this.api.clock("2027-03-10T09:00:00");
		this.api.payOk("cashier", this.api.billed("50"), "3000");

		String csv = "date,amount,reference,counterparty\n" + "2027-03-08,6000.00," + slip1 + ",示范县政务服务中心\n"
				+ "2027-03-09,300.00,UNKNOWN-" + this.window.series + ",某公司\n";
		Response imported = upload(MONDAY, csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("lines").asInt()).isEqualTo(2);

		JsonNode reconciliation = this.api.as("finance").get("/api/fees/reconciliations/" + MONDAY).json();
		assertThat(reconciliation.get("weekEnd").asText()).isEqualTo("2027-03-14");
		List<String> unmatched = new ArrayList<>();
		reconciliation.get("unmatched")
			.forEach((line) -> unmatched.add(line.get("side").asText() + " " + line.get("key").asText() + " "
					+ new BigDecimal(line.get("amount").asText()).setScale(2).toPlainString()));
		assertThat(unmatched).contains("FISCAL " + this.window.code + " 2027-03-09 CASH 12000.00",
				"BANK 第 3 行 UNKNOWN-" + this.window.series + " 300.00",
				"LEDGER " + this.window.code + " 2027-03-10 CASH 3000.00");
		assertThat(unmatched).noneMatch((line) -> line.contains(slip1) || line.contains(MONDAY + " CASH"));
	}

	@Test
	void shouldRefuseAStatementThatIsNotACsvOrTooLarge() {
		assertThat(upload(MONDAY, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }).status()).isEqualTo(400);
		Response header = upload(MONDAY, "a,b,c\n2027-03-08,1,x\n".getBytes(StandardCharsets.UTF_8));
		assertThat(header.status()).isEqualTo(400);
		Response line = upload(MONDAY, "date,amount,reference\n2027-03-08,abc,x\n".getBytes(StandardCharsets.UTF_8));
		assertThat(line.status()).isEqualTo(400);
		assertThat(line.json().get("message").asText()).contains("第 2 行");
		assertThat(upload(MONDAY, new byte[BankStatementReader.MAX_BYTES + 1]).status()).isEqualTo(413);
		assertThat(upload("2027-03-09", "date,amount,reference\n".getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(400);
		assertThat(this.api.as("cashier").get("/api/fees/reconciliations/" + MONDAY).status()).isEqualTo(403);
	}

	@Test
	void shouldSummariseTheMonthForTheFinanceBureauAsPdfAndExcel() {
		this.api.payOk("cashier", this.api.billed("100"), "6000");
		JsonNode summary = this.api.as("finance").get("/api/fees/summaries/2027-03").json();
		assertThat(summary.get("rows")).anySatisfy((row) -> {
			assertThat(row.get("itemCode").asText()).isEqualTo(LevyApi.INFRASTRUCTURE);
			assertThat(row.get("feeName").asText()).isEqualTo("城市基础设施配套费");
		});
		assertThat(new BigDecimal(summary.get("total").asText())).isGreaterThanOrEqualTo(new BigDecimal("6000"));
		cn.egov.approval.HttpCaller.Download pdf = this.api.as("finance").download("/api/fees/summaries/2027-03/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		cn.egov.approval.HttpCaller.Download excel = this.api.as("finance")
			.download("/api/fees/summaries/2027-03/xlsx");
		assertThat(excel.status()).isEqualTo(200);
		assertThat(new String(excel.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(this.api.as("cashier").download("/api/fees/summaries/2027-03/pdf").status()).isEqualTo(403);
	}

	@Test
	void shouldKeepAClerkToTheCasesOfTheirOwnDepartment() {
		String caseNo = this.api.billed("100");
		assertThat(this.api.as("clerk2").get("/api/fees/cases/" + caseNo).status()).isEqualTo(200);
		assertThat(this.api.as("clerk").get("/api/fees/cases/" + caseNo).status()).isEqualTo(404);
		assertThat(this.api.pay("clerk", caseNo, "6000", "CASH", null).status()).isEqualTo(404);
		assertThat(this.api.as("applicant").get("/api/fees/cases/" + caseNo).status()).isEqualTo(403);
	}

	private Response upload(String weekStart, byte[] content) {
		return this.api.as("finance")
			.upload("/api/fees/reconciliations/" + weekStart + "/statement", "statement.csv", content, Map.of());
	}

}
