package cn.egov.approval.casework;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 2: the licensing journeys through the HTTP API alone, with the
 * simulated clock.
 */
@PlatformTest
class LicensingJourneyTest extends CaseworkHttpTest {

	/**
	 * 食品经营许可: promised 10, statutory 20 working days; chain handler → section head →
	 * deputy.
	 */
	static final String FOOD = "SFX-SCJGJ-XK-0001";

	@Test
	void shouldRunApplyCorrectSupplementAcceptApproveFeeCertificateDeliver() throws Exception {
		JsonNode received = this.api.apply(FOOD);
		String caseNo = received.get("caseNo").asText();
		assertThat(caseNo).matches("SFX-SCJGJ-20261207-\\d{4}");
		assertThat(received.get("queryCode").asText()).hasSize(8);
		assertThat(received.get("status").asText()).isEqualTo("RECEIVED");

		HttpCaller applicant = this.api.as("applicant");
		Response upload = applicant.upload("/api/cases/" + caseNo + "/materials", "申请书.pdf", CaseworkApi.PDF,
				Map.of("materialIndex", "0"));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		assertThat(upload.json().get("sha256").asText()).isEqualTo(sha256(CaseworkApi.PDF));
		assertThat(upload.json().get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(upload.json().get("uploadedAt").asText()).endsWith("+08:00");
		assertThat(this.api.detail(caseNo).get("materials").get(0).get("uploadedAt").asText()).endsWith("+08:00");

		Response unknownMaterial = this.api.complete("clerk", caseNo, "pre-check", Map.of("outcome",
				"REQUEST_CORRECTION", "opinion", "缺件", "missingMaterials", List.of("营业执照或者其他主体资格证明文件", "不存在的材料")));
		assertThat(unknownMaterial.status()).as(unknownMaterial.body()).isEqualTo(400);
		assertThat(unknownMaterial.json().get("message").asText()).contains("不存在的材料");
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("RECEIVED");
		JsonNode correction = this.api.completeOk("clerk", caseNo, "pre-check",
				Map.of("outcome", "REQUEST_CORRECTION", "opinion", "缺营业执照复印件", "missingMaterials",
						List.of("营业执照或者其他主体资格证明文件"), "correctionNote", "请提交加盖公章的复印件"));
		assertThat(correction.get("status").asText()).isEqualTo("CORRECTION_REQUESTED");

		Response nothingNew = applicant.postJson("/api/cases/" + caseNo + "/supplement", "{}");
		assertThat(nothingNew.status()).as(nothingNew.body()).isEqualTo(400);
		assertThat(nothingNew.json().get("message").asText()).contains("请先上传补正材料");
		Response second = applicant.upload("/api/cases/" + caseNo + "/materials", "license.png", CaseworkApi.PNG,
				Map.of("materialIndex", "1"));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		Response supplemented = applicant.postJson("/api/cases/" + caseNo + "/supplement", "{\"note\": \"已补正\"}");
		assertThat(supplemented.status()).as(supplemented.body()).isEqualTo(200);
		assertThat(supplemented.json().get("status").asText()).isEqualTo("RECEIVED");

		JsonNode accepted = this.api.completeOk("clerk", caseNo, "pre-check",
				Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
		assertThat(accepted.get("status").asText()).isEqualTo("IN_PROGRESS");
		JsonNode promised = this.api.as("admin")
			.get("/api/calendar/deadline?from=2026-12-07&workingDays=10&region=SF-SFS-SFX")
			.json();
		JsonNode statutory = this.api.as("admin")
			.get("/api/calendar/deadline?from=2026-12-07&workingDays=20&region=SF-SFS-SFX")
			.json();
		assertThat(accepted.get("promisedDeadline").asText()).isEqualTo(promised.get("deadline").asText());
		assertThat(accepted.get("statutoryDeadline").asText()).isEqualTo(statutory.get("deadline").asText());

		JsonNode handlerTask = this.api.task("handler", caseNo, "handler");
		assertThat(handlerTask.get("workingDaysLeft").asInt()).isEqualTo(10);
		assertThat(handlerTask.get("outcomes")).extracting(JsonNode::asText).containsExactly("APPROVE", "REFUSE");
		this.api.completeOk("handler", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合条件"));
		this.api.completeOk("head", caseNo, "section-head",
				Map.of("outcome", "RETURN", "opinion", "请补充现场核查记录", "returnTo", "handler"));
		this.api.completeOk("handler", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "已补充核查记录"));
		this.api.completeOk("head", caseNo, "section-head", Map.of("outcome", "APPROVE", "opinion", "同意"));
		JsonNode decided = this.api.completeOk("deputy", caseNo, "deputy-leader",
				Map.of("outcome", "APPROVE", "opinion", "同意准予许可"));
		assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
		assertThat(decided.get("decision").asText()).isEqualTo("APPROVED");

		this.api.completeOk("clerk", caseNo, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "JY13512340000001", "validUntil", "2031-12-06"));
		Response noMethod = this.api.complete("clerk", caseNo, "delivery", Map.of("outcome", "DELIVERED"));
		assertThat(noMethod.status()).as(noMethod.body()).isEqualTo(400);
		assertThat(noMethod.json().get("message").asText()).contains("送达方式");
		JsonNode closed = this.api.completeOk("clerk", caseNo, "delivery",
				Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("certificate").get("number").asText()).isEqualTo("JY13512340000001");

		JsonNode notices = applicant.get("/api/cases/" + caseNo + "/notices").json();
		assertThat(notices).extracting((n) -> n.get("type").asText())
			.containsExactlyInAnyOrder("CORRECTION", "ACCEPTANCE", "APPROVAL");
		JsonNode approval = null;
		for (JsonNode notice : notices) {
			approval = "APPROVAL".equals(notice.get("type").asText()) ? notice : approval;
		}
		HttpCaller.Download pdf = applicant.download("/api/notices/" + approval.get("id").asText() + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(sha256(pdf.body())).isEqualTo(approval.get("sha256").asText());
		assertThat(this.api.as("applicant2").download("/api/notices/" + approval.get("id").asText() + "/pdf").status())
			.isEqualTo(404);
		assertThat(this.api.as("auditor").download("/api/notices/" + approval.get("id").asText() + "/pdf").status())
			.isEqualTo(200);
	}

	@Test
	void shouldRefuseAfterAcceptanceWithTheReasonsInTheDecision() {
		String caseNo = this.api.apply(FOOD).get("caseNo").asText();
		this.api.completeOk("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "予以受理"));
		this.api.completeOk("handler", caseNo, "handler", Map.of("outcome", "REFUSE", "opinion", "经营场所与住宅未有效隔离"));
		this.api.completeOk("head", caseNo, "section-head", Map.of("outcome", "REFUSE", "opinion", "同意不予许可"));
		JsonNode refused = this.api.completeOk("deputy", caseNo, "deputy-leader",
				Map.of("outcome", "REFUSE", "opinion", "经营场所与住宅未有效隔离，不符合食品经营许可条件"));
		assertThat(refused.get("status").asText()).isEqualTo("CLOSED");
		assertThat(refused.get("decision").asText()).isEqualTo("REFUSED");
		JsonNode notices = this.api.as("applicant").get("/api/cases/" + caseNo + "/notices").json();
		assertThat(notices).extracting((n) -> n.get("type").asText())
			.containsExactlyInAnyOrder("ACCEPTANCE", "REFUSAL");
	}

	@Test
	void shouldDeemAnUntouchedApplicationAcceptedAfterFiveWorkingDays() {
		String caseNo = this.api.apply(FOOD).get("caseNo").asText();
		this.api.clock("2026-12-14T23:00:00+08:00");
		assertThat(this.api.detail(caseNo).get("status").asText()).isEqualTo("RECEIVED");

		this.api.clock("2026-12-15T00:30:00+08:00");
		JsonNode deemed = this.api.awaitCase(caseNo, (c) -> "IN_PROGRESS".equals(c.get("status").asText()));
		assertThat(deemed.get("deemedAccepted").asBoolean()).isTrue();
		assertThat(deemed.get("acceptedAt").asText()).startsWith("2026-12-07");
		assertThat(deemed.get("promisedDeadline").asText()).isEqualTo("2026-12-21");
		JsonNode event = find(deemed.get("timeline"), "DEEMED_ACCEPTED");
		assertThat(event.get("anomaly").asBoolean()).isTrue();
		assertThat(this.api.as("applicant").get("/api/cases/" + caseNo + "/notices").json())
			.extracting((n) -> n.get("type").asText())
			.containsExactly("ACCEPTANCE");
	}

	static JsonNode find(JsonNode timeline, String kind) {
		for (JsonNode event : timeline) {
			if (event.get("kind").asText().equals(kind)) {
				return event;
			}
		}
		throw new AssertionError("No " + kind + " in " + timeline);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
