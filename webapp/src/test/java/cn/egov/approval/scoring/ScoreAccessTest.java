package cn.egov.approval.scoring;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads which scores, bad periods, regions and weights, complaints and ratings fed in
 * by their features, and the bulletin PDF. February 2026 belongs to this class: the
 * feed's events are its only figures there.
 */
@PlatformTest
class ScoreAccessTest {

	static final String FEBRUARY = "/api/scores?period=2026-02";

	@LocalServerPort
	int port;

	@Autowired
	ScoreFeed feed;

	@Autowired
	ScoreMapper mapper;

	@Test
	void shouldCountComplaintsAndRatingsFedInAndKeepThemThroughARebuild() {
		this.feed.complaintFiled("SFX-ZJJ", Instant.parse("2026-02-10T02:00:00Z"));
		this.feed.complaintClosed("SFX-ZJJ", Instant.parse("2026-02-12T02:00:00Z"));
		this.feed.complaintFiled("SFX-ZJJ", Instant.parse("2026-02-27T15:59:59Z"));
		this.feed.rated("SFX-ZJJ", true, Instant.parse("2026-02-11T02:00:00Z"));
		this.feed.rated("SFX-ZJJ", false, Instant.parse("2026-02-11T03:00:00Z"));
		// 1 March 00:30 in China: March, not February.
		this.feed.rated("SFX-ZJJ", false, Instant.parse("2026-02-28T16:30:00Z"));

		assertFebruary();
		assertThat(as("admin").postJson("/api/scores/rebuild", "{}").status()).isEqualTo(200);
		assertFebruary();
	}

	private void assertFebruary() {
		Map<String, Integer> building = Map.of("complaints", 2, "complaintsClosed", 1, "ratings", 2);
		JsonNode row = ScoreJourneyTest.row(as("bureau").get(FEBRUARY), "SFX-ZJJ");
		building.forEach((field, value) -> assertThat(row.get(field).asInt()).as(field).isEqualTo(value));
		assertThat(row.get("satisfactionRate").asDouble()).isEqualTo(0.5);
		assertThat(row.get("score").isNull()).as("no case completed, no score").isTrue();
		assertThat(row.get("rank").isNull()).isTrue();
	}

	@Test
	void shouldShowTheBureauItsRegionAndTheDepartmentSupervisorItsOwnRowOnly() {
		assertThat(codes(as("bureau").get(FEBRUARY))).contains("SFX-SCJGJ", "SFX-ZJJ", "SFX-ZRZYJ")
			.doesNotContain("SFX-JCJ", "SFX-SJJ");
		assertThat(codes(as("auditor").get(FEBRUARY))).contains("SFX-SCJGJ", "SFX-ZJJ");
		assertThat(codes(as("admin").get(FEBRUARY + "&region=SF-SFS-SFX"))).contains("SFX-ZJJ");
		assertThat(codes(as("supervisor").get(FEBRUARY))).containsExactly("SFX-SCJGJ");
		// A region that contains the supervisor's department still shows only its row.
		assertThat(codes(as("supervisor").get(FEBRUARY + "&region=SF-SFS"))).containsExactly("SFX-SCJGJ");
		// The county bureau does not read the city's ranking.
		assertThat(as("bureau").get(FEBRUARY + "&region=SF-SFS").status()).isEqualTo(403);
		assertThat(as("supervisor").get("/api/scores/staff?period=2026-02&department=SFX-ZJJ").status()).isEqualTo(403);
		assertThat(as("supervisor").get("/api/scores/staff?period=2026-02").status()).isEqualTo(200);
		for (String other : List.of("clerk", "handler", "leader", "reform")) {
			assertThat(as(other).get(FEBRUARY).status()).as(other).isEqualTo(403);
		}
		assertThat(HttpCaller.anonymous(this.port).get(FEBRUARY).status()).isEqualTo(401);
		assertThat(as("supervisor").get("/api/scores/bulletin?period=2026-02").status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseABadPeriodRegionOrDepartmentWithAMessage() {
		assertBad("/api/scores?period=2026-13", "2026-13");
		assertBad("/api/scores?period=2026-Q5", "YYYY-Qn");
		assertBad("/api/scores?period=March", "March");
		assertBad("/api/scores", "YYYY-MM");
		assertBad(FEBRUARY + "&region=XX-NOWHERE", "XX-NOWHERE");
		assertBad("/api/scores/staff?period=2026-02&department=NOPE", "NOPE");
		assertBad("/api/scores/trend?period=2026-00", "2026-00");
	}

	@Test
	void shouldValidateWeightsAndLetOnlyTheBureauAndAdministratorsEditThem() {
		Response weights = as("supervisor").get("/api/scores/weights");
		assertThat(weights.status()).isEqualTo(200);
		assertThat(weights.json().get("ON_TIME").asInt()).isEqualTo(40);
		String valid = ScoreJourneyTest
			.json(Map.of("ON_TIME", 40, "EARLY", 10, "SPEED_UP", 10, "CARDS", 20, "SATISFACTION", 15, "COMPLAINTS", 5));
		assertThat(as("supervisor").putJson("/api/scores/weights", valid).status()).isEqualTo(403);
		assertThat(as("auditor").putJson("/api/scores/weights", valid).status()).isEqualTo(403);
		Response sum = as("bureau").putJson("/api/scores/weights", valid.replace("\"CARDS\":20", "\"CARDS\":10"));
		assertThat(sum.status()).isEqualTo(400);
		assertThat(sum.json().get("message").asText()).contains("100").contains("90");
		Response negative = as("bureau").putJson("/api/scores/weights",
				valid.replace("\"CARDS\":20", "\"CARDS\":-20").replace("\"ON_TIME\":40", "\"ON_TIME\":80"));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("message").asText()).contains("CARDS");
		Response missing = as("bureau").putJson("/api/scores/weights", "{\"ON_TIME\": 100}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(as("bureau").putJson("/api/scores/weights", "{\"SPEED\": 100}").status()).isEqualTo(400);
		assertThat(as("bureau").get("/api/scores/weights").json().get("CARDS").asInt()).isEqualTo(20);
	}

	@Test
	void shouldIssueTheBulletinAsAStoredNumberedPdf() throws IOException, NoSuchAlgorithmException {
		HttpCaller.Download bulletin = as("bureau").download("/api/scores/bulletin?period=2026-02");
		assertThat(bulletin.status()).isEqualTo(200);
		assertThat(bulletin.header("Content-Type")).contains("application/pdf");
		assertThat(URLDecoder.decode(bulletin.header("X-Notice-Serial"), StandardCharsets.UTF_8)).contains("效通〔2026〕");
		assertThat(bulletin.header("X-Notice-Sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bulletin.body())));
		assertThat(pdfText(bulletin.body())).contains("行政效能考评通报").contains("示范县2026年2月").contains("示范县住房和城乡建设局");

		// Opened again, by the bureau or an auditor, while the figures stand: the same
		// document, not a new serial number.
		HttpCaller.Download again = as("bureau").download("/api/scores/bulletin?period=2026-02");
		assertThat(again.header("X-Notice-Id")).isEqualTo(bulletin.header("X-Notice-Id"));
		HttpCaller.Download audited = as("auditor").download("/api/scores/bulletin?period=2026-02");
		assertThat(audited.status()).isEqualTo(200);
		assertThat(audited.header("X-Notice-Id")).isEqualTo(bulletin.header("X-Notice-Id"));
		assertThat(audited.body()).isEqualTo(bulletin.body());
	}

	@Test
	void shouldLeaveIssuingTheBulletinToTheBureau() {
		JsonNode before = availability("auditor", "2024-07");
		assertThat(before.get("mayIssue").asBoolean()).isFalse();
		assertThat(before.get("latestSerialNo").isNull()).isTrue();
		assertThat(availability("bureau", "2024-07").get("mayIssue").asBoolean()).isTrue();
		Response none = as("auditor").get("/api/scores/bulletin?period=2024-07");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("message").asText()).contains("2024年7月").contains("尚未");

		HttpCaller.Download issued = as("bureau").download("/api/scores/bulletin?period=2024-07");
		assertThat(issued.status()).isEqualTo(200);
		assertThat(as("auditor").get("/api/scores/bulletin?period=2024-07").status()).isEqualTo(200);
		JsonNode after = availability("auditor", "2024-07");
		assertThat(after.get("latestSerialNo").asText())
			.isEqualTo(URLDecoder.decode(issued.header("X-Notice-Serial"), StandardCharsets.UTF_8));
		assertThat(after.get("latestIssuedAt").isNull()).isFalse();
		assertThat(as("supervisor").get("/api/scores/bulletin/availability?period=2024-07").status()).isEqualTo(403);
		assertThat(as("auditor").get("/api/scores/bulletin/availability?period=2024-13").status()).isEqualTo(400);
	}

	private JsonNode availability(String username, String period) {
		Response response = as(username).get("/api/scores/bulletin/availability?period=" + period);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** The text of a PDF, its lines joined (a long paragraph wraps anywhere). */
	static String pdfText(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replace("\r", "").replace("\n", "");
		}
	}

	private void assertBad(String path, String expected) {
		Response response = as("bureau").get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.json().get("message").asText()).as(path).contains(expected);
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	private static List<String> codes(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false)
			.map((row) -> row.get("department").get("code").asText())
			.toList();
	}

}
