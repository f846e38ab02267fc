package cn.egov.approval.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Download;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.audit.Sha256;
import cn.egov.approval.notices.ApprovalDecision;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 6 (notices): the auditor archive searches, downloads and verifies
 * issued notices within the reader's region; a stored PDF changed behind the platform's
 * back is found out; an uploaded genuine PDF matches and an altered one does not.
 */
@PlatformTest
class NoticeArchiveTest {

	private static final AtomicInteger CASES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	NoticeService notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void shouldFindANoticeByCaseTypeDepartmentAndDay() {
		StoredNotice notice = issue("SFX-SCJGJ");
		String today = today().toString();
		JsonNode found = search("auditor", "?caseNo=" + notice.caseNo());
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode listed = found.get("notices").get(0);
		assertThat(listed.get("serialNo").asText()).isEqualTo(notice.serialNo());
		assertThat(listed.get("agencyName").asText()).isEqualTo("示范县市场监督管理局");
		assertThat(listed.get("sha256").asText()).isEqualTo(notice.sha256());
		assertThat(search("auditor",
				"?caseNo=" + notice.caseNo() + "&type=APPROVAL&department=SFX-SCJGJ&from=" + today + "&to=" + today)
			.get("total")
			.asLong()).isEqualTo(1);
		assertThat(search("auditor", "?caseNo=" + notice.caseNo() + "&type=REFUSAL").get("total").asLong()).isZero();
		assertThat(search("auditor", "?caseNo=" + notice.caseNo() + "&department=SFX-ZJJ").get("total").asLong())
			.isZero();
		assertThat(
				search("auditor", "?caseNo=" + notice.caseNo() + "&from=" + today().plusDays(1)).get("total").asLong())
			.isZero();
		assertThat(search("bureau", "?caseNo=" + notice.caseNo()).get("total").asLong()).isEqualTo(1);
		assertThat(as("auditor").get("/api/archive/notices?from=" + today + "&to=" + today().minusDays(1)).status())
			.isEqualTo(400);
	}

	@Test
	void shouldLetAuditorsOfTheRegionDownloadTheNoticesOfACase() {
		as("admin").postJson("/api/admin/clock", "{\"now\": \"2026-12-07T09:00:00+08:00\"}");
		try {
			String caseNo = acceptedCase();
			JsonNode acceptance = search("auditor", "?caseNo=" + caseNo + "&type=ACCEPTANCE").get("notices").get(0);
			String id = acceptance.get("id").asText();
			for (String path : List.of("/api/notices/" + id + "/pdf", "/api/archive/notices/" + id + "/pdf")) {
				Download pdf = as("auditor").download(path);
				assertThat(pdf.status()).as(path).isEqualTo(200);
				assertThat(Sha256.hex(pdf.body())).isEqualTo(acceptance.get("sha256").asText());
			}
		}
		finally {
			as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
		}
	}

	@Test
	void shouldKeepNoticesOfAnotherRegionOutOfACountyAuditorsArchive() {
		StoredNotice city = issue("SFS-JCJ");
		assertThat(search("auditor", "?caseNo=" + city.caseNo()).get("total").asLong()).isZero();
		assertThat(as("auditor").get("/api/archive/notices/verify?serialNo=" + encode(city.serialNo())).status())
			.isEqualTo(404);
		assertThat(as("auditor").download("/api/archive/notices/" + city.id() + "/pdf").status()).isEqualTo(404);
		JsonNode upload = upload("auditor", "notice.pdf", this.notices.pdf(city.id()).orElseThrow()).json();
		assertThat(upload.get("matches").asBoolean()).isFalse();
		assertThat(upload.get("claimedSerialNo").isNull()).isTrue();
	}

	@Test
	void shouldDetectANoticeFileTamperedWithInStorage() throws IOException {
		StoredNotice notice = issue("SFX-SCJGJ");
		JsonNode intact = verifySerial(notice.serialNo());
		assertThat(intact.get("intact").asBoolean()).isTrue();
		assertThat(intact.get("storedSha256").asText()).isEqualTo(notice.sha256());

		byte[] altered = altered(this.notices.pdf(notice.id()).orElseThrow());
		this.jdbc.update("UPDATE notice_document SET pdf = ? WHERE id = ?", altered, notice.id());
		JsonNode tampered = verifySerial(notice.serialNo());
		assertThat(tampered.get("intact").asBoolean()).isFalse();
		assertThat(tampered.get("recordedSha256").asText()).isEqualTo(notice.sha256());
		assertThat(tampered.get("storedSha256").asText()).isEqualTo(Sha256.hex(altered));
		assertThat(as("auditor").get("/api/archive/notices/verify?serialNo=" + encode("示县市监许准〔1999〕1号")).status())
			.isEqualTo(404);
	}

	@Test
	void shouldMatchAnUploadedGenuinePdfAndNotAnAlteredOne() throws IOException {
		StoredNotice notice = issue("SFX-SCJGJ");
		byte[] genuine = this.notices.pdf(notice.id()).orElseThrow();

		JsonNode match = upload("auditor", "决定书.pdf", genuine).json();
		assertThat(match.get("matches").asBoolean()).isTrue();
		assertThat(match.get("notice").get("id").asText()).isEqualTo(notice.id());
		assertThat(match.get("notice").get("serialNo").asText()).isEqualTo(notice.serialNo());
		assertThat(match.get("storedIntact").asBoolean()).isTrue();

		JsonNode forged = upload("auditor", "决定书.pdf", altered(genuine)).json();
		assertThat(forged.get("matches").asBoolean()).isFalse();
		assertThat(forged.get("notice").isNull()).isTrue();
		assertThat(forged.get("claimedSerialNo").asText()).isEqualTo(notice.serialNo());

		this.jdbc.update("UPDATE notice_document SET pdf = ? WHERE id = ?", altered(genuine), notice.id());
		JsonNode storedChanged = upload("auditor", "决定书.pdf", genuine).json();
		assertThat(storedChanged.get("matches").asBoolean()).isTrue();
		assertThat(storedChanged.get("storedIntact").asBoolean()).isFalse();
	}

	@Test
	void shouldRefuseUploadsThatAreNotPdfsOrTooLarge() {
		Response text = upload("auditor", "fake.pdf", "not a pdf at all".getBytes());
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("message").asText()).contains("PDF");
		Response broken = upload("auditor", "broken.pdf", "%PDF-1.7\n garbage without objects".getBytes());
		assertThat(broken.status()).isEqualTo(400);
		byte[] large = new byte[11 * 1024 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, large, 0, 9);
		Arrays.fill(large, 9, large.length, (byte) ' ');
		assertThat(upload("auditor", "large.pdf", large).status()).isEqualTo(413);
	}

	@Test
	void shouldRefuseTheArchiveToOtherRoles() {
		StoredNotice notice = issue("SFX-SCJGJ");
		for (String other : List.of("clerk", "applicant", "handler", "supervisor", "reform")) {
			assertThat(as(other).get("/api/archive/notices").status()).as(other).isEqualTo(403);
			assertThat(as(other).get("/api/archive/notices/verify?serialNo=" + encode(notice.serialNo())).status())
				.as(other)
				.isEqualTo(403);
			assertThat(upload(other, "n.pdf", new byte[] { '%', 'P', 'D', 'F', '-' }).status()).as(other)
				.isEqualTo(403);
			assertThat(as(other).download("/api/archive/notices/" + notice.id() + "/pdf").status()).as(other)
				.isEqualTo(403);
		}
		for (String reader : List.of("auditor", "bureau", "admin")) {
			assertThat(as(reader).get("/api/archive/notices").status()).as(reader).isEqualTo(200);
		}
	}

	/** A food licence applied for online and accepted at the window. */
	private String acceptedCase() {
		Response created = as("applicant").postJson("/api/cases", """
				{"itemCode": "SFX-SCJGJ-XK-0001", "channel": "ONLINE", "formData": {"description": "开办餐饮门店"},
				 "applicant": {"name": "张三", "type": "PERSON", "idNo": "110101199003074514", "phone": "13800000001"}}
				""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		for (JsonNode task : as("clerk").get("/api/tasks").json()) {
			if (task.get("caseNo").asText().equals(caseNo)) {
				Response accepted = as("clerk").postJson("/api/tasks/" + task.get("id").asText() + "/complete",
						"{\"outcome\": \"ACCEPT\", \"opinion\": \"予以受理\"}");
				assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
			}
		}
		return caseNo;
	}

	private StoredNotice issue(String department) {
		String caseNo = department + "-20261207-" + (9000 + CASES.incrementAndGet());
		ApprovalDecision decision = new ApprovalDecision(caseNo, "沈市民", "食品经营许可（新办）", LocalDate.of(2026, 12, 7),
				"预包装食品销售", "示范县启明路8号", LocalDate.of(2026, 12, 8), null, "食品经营许可证", "JY14301020000001", null);
		return this.notices.issue(department, decision, "leader");
	}

	private JsonNode search(String username, String query) {
		Response found = as(username).get("/api/archive/notices" + query);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json();
	}

	private JsonNode verifySerial(String serialNo) {
		Response checked = as("auditor").get("/api/archive/notices/verify?serialNo=" + encode(serialNo));
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		return checked.json();
	}

	private Response upload(String username, String name, byte[] content) {
		return as(username).upload("/api/archive/notices/verify", name, content, Map.of());
	}

	/** The same notice re-saved with a changed title: still a valid PDF, other bytes. */
	private static byte[] altered(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("已改动");
			document.save(out);
			return out.toByteArray();
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
