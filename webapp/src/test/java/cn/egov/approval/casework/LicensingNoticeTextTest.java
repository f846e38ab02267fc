package cn.egov.approval.casework;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 3: the text of every licensing notice a case produces (as pdftotext
 * shows it) names the case, the applicant and the item and carries what the law requires.
 */
@PlatformTest
class LicensingNoticeTextTest extends CaseworkHttpTest {

	/** 不动产首次登记 (自然资源局): fees of 80 and 550 yuan. */
	static final String REAL_ESTATE = "SFX-ZRZYJ-QR-0001";

	static final String APPLICANT = "示范县好味道餐饮有限公司";

	@Test
	void shouldWriteEveryNoticeWithTheCaseApplicantItemAndRequiredContents() throws IOException {
		String food = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		this.api.completeOk("clerk", food, "pre-check",
				Map.of("outcome", "REQUEST_CORRECTION", "opinion", "缺件", "missingMaterials",
						List.of("营业执照或者其他主体资格证明文件", "食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录：缺少第三章目录页"),
						"correctionNote", "请提交加盖公章的复印件"));
		this.api.as("applicant")
			.upload("/api/cases/" + food + "/materials", "营业执照.pdf", CaseworkApi.PDF, Map.of("materialIndex", "1"));
		this.api.as("applicant").postJson("/api/cases/" + food + "/supplement", "{}");
		this.api.completeOk("clerk", food, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		HttpCaller handler = this.api.as("handler");
		String pause = handler
			.postJson("/api/cases/" + food + "/pauses",
					"{\"kind\": \"EXPERT_REVIEW\", \"reason\": \"需组织专家评审加工工艺\", \"expectedWorkingDays\": 5}")
			.json()
			.get("id")
			.asText();
		handler.post("/api/cases/" + food + "/pauses/" + pause + "/end", "application/json",
				java.net.http.HttpRequest.BodyPublishers.noBody());
		this.api.as("leader").postJson("/api/cases/" + food + "/extension", "{\"reason\": \"案情复杂需进一步核查\"}");
		this.api.completeOk("handler", food, "handler", Map.of("outcome", "REFUSE", "opinion", "经营场所与住宅未有效隔离，不符合许可条件"));
		this.api.completeOk("head", food, "section-head",
				Map.of("outcome", "REFUSE", "opinion", "经现场核查，经营场所与污染源距离不符合要求"));
		this.api.completeOk("deputy", food, "deputy-leader", Map.of("outcome", "REFUSE", "opinion", "同意不予许可"));

		String rejected = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		this.api.completeOk("clerk", rejected, "pre-check", Map.of("outcome", "REJECT", "opinion", "不属于本机关职权", "reason",
				"申请事项属于药品经营许可", "competentAgency", "示范市市场监督管理局"));

		String estate = this.api.as("applicant")
			.postJson("/api/cases", CaseworkApi.application(REAL_ESTATE, "ENTERPRISE", "91350000MA2XXXXX0B", "ONLINE"))
			.json()
			.get("caseNo")
			.asText();
		this.api.completeOk("clerk3", estate, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		this.api.completeOk("handler3", estate, "handler", Map.of("outcome", "APPROVE", "opinion", "符合"));
		Response unchosen = this.api.complete("head3", estate, "section-head",
				Map.of("outcome", "APPROVE", "opinion", "同意"));
		assertThat(unchosen.status()).as("alternative fee rows need a choice").isEqualTo(400);
		assertThat(unchosen.body()).contains("不动产登记费（住宅）", "不动产登记费（非住宅）");
		this.api.completeOk("head3", estate, "section-head",
				Map.of("outcome", "APPROVE", "opinion", "同意", "fees", List.of("不动产登记费（住宅）")));
		this.api.completeOk("clerk3", estate, "payment", Map.of("outcome", "PAID", "receiptNo", "FS2026-000123"));
		this.api.completeOk("clerk3", estate, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "示不动产权第0000001号", "scope", "示范县人民路 8 号"));

		Map<String, String> texts = new HashMap<>(texts(estate));
		texts.putAll(texts(rejected));
		texts.putAll(texts(food));
		assertThat(texts).containsOnlyKeys("ACCEPTANCE", "CORRECTION", "NON_ACCEPTANCE", "APPROVAL", "REFUSAL",
				"SPECIAL_PROCEDURE", "EXTENSION", "PAYMENT");
		texts.forEach((type, text) -> assertThat(text).as(type).contains(APPLICANT));

		assertThat(texts.get("ACCEPTANCE")).contains(food, "食品经营许可", "受理通知书", "2026年12月7日");
		assertThat(texts.get("CORRECTION")).contains(food, "营业执照或者其他主体资格证明文件", "食品安全自查", "缺少第三章目录页",
				"补正要求：请提交加盖公章的复印件");
		assertThat(texts.get("CORRECTION").split("请提交加盖公章的复印件", -1)).as("the note once").hasSize(2);
		assertThat(texts.get("NON_ACCEPTANCE")).contains(rejected, "申请事项属于药品经营许可", "示范市市场监督管理局");
		assertThat(texts.get("SPECIAL_PROCEDURE")).contains(food, "专家评审", "需组织专家评审加工工艺");
		assertThat(texts.get("EXTENSION")).contains(food, "案情复杂需进一步核查", "周局长");
		assertThat(texts.get("REFUSAL"))
			.contains(food, "不予行政许可决定书", "（一）经营场所与住宅未有效隔离", "（二）经现场核查，经营场所与污染源距离不符合要求", "六十日", "行政复议", "六个月", "行政诉讼")
			.doesNotContain("同意不予许可");
		assertThat(texts.get("PAYMENT")).contains(estate, "不动产首次登记", "不动产登记费（住宅）", "80").doesNotContain("非住宅", "630");
		assertThat(texts.get("APPROVAL")).contains(estate, "不动产首次登记", "示不动产权第0000001号", "准予确认（登记）决定书", "予以确认（登记）")
			.doesNotContain("行政许可", "被许可人", "许可证件");
	}

	private Map<String, String> texts(String caseNo) throws IOException {
		Map<String, String> texts = new HashMap<>();
		HttpCaller applicant = this.api.as("applicant");
		for (JsonNode notice : applicant.get("/api/cases/" + caseNo + "/notices").json()) {
			byte[] pdf = applicant.download("/api/notices/" + notice.get("id").asText() + "/pdf").body();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				texts.put(notice.get("type").asText(), new PDFTextStripper().getText(document).replaceAll("\\s+", ""));
			}
		}
		return texts;
	}

}
