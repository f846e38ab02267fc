package cn.egov.approval.supervision;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, acceptance 3 and 4 over HTTP: {@code supervisor} answers a card of the market
 * regulation bureau (SFX-SCJGJ), {@code bureau} reviews it; department supervisors see
 * their own department's cards only, the county bureau and the auditor every department
 * of the county, other roles get 403; each supervision notice carries case, card and
 * department.
 */
@PlatformTest
class SupervisionCardHttpTest {

	static final String MARKET = "SFX-SCJGJ";

	static final String HOUSING = "SFX-ZJJ";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	SupervisionCardFixtures fixtures;

	@BeforeEach
	void mondayMorning() {
		this.fixtures = new SupervisionCardFixtures(this.context);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void shouldLetTheSupervisorAnswerAndTheBureauReviewACard() {
		SupervisionCard card = openCard(MARKET, WarningLevel.RED);
		String path = "/api/supervision/cards/" + card.id();

		JsonNode opened = ok(as("supervisor").get(path));
		assertThat(opened.at("/card/cardNo").asText()).isEqualTo(card.cardNo());
		assertThat(opened.at("/card/status").asText()).isEqualTo("AWAITING_DEPARTMENT");
		assertThat(opened.at("/card/deadline").asText()).isEqualTo("2026-12-14");
		assertThat(opened.at("/card/bureau/code").asText()).isEqualTo("SFX-JCJ");
		assertThat(opened.at("/currentStep/key").asText()).isEqualTo("AnswerCard");
		assertThat(opened.get("actions")).extracting(JsonNode::asText).containsExactly("CONFIRM", "APPEAL");
		assertThat(ok(as("bureau").get(path)).get("actions")).isEmpty();

		Response incomplete = as("supervisor").postJson(path + "/confirm", "{\"explanation\": \"承办人请假\"}");
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.json().get("message").asText()).contains("请填写整改情况");
		assertThat(as("bureau").postJson(path + "/confirm", confirmation()).status()).isEqualTo(403);
		JsonNode confirmed = ok(as("supervisor").postJson(path + "/confirm", confirmation()));
		assertThat(confirmed.at("/card/status").asText()).isEqualTo("AWAITING_REVIEW");
		assertThat(confirmed.get("rectification").asText()).isEqualTo("已办结并提醒承办人");
		assertThat(as("supervisor").postJson(path + "/confirm", confirmation()).status()).isEqualTo(409);

		assertThat(as("supervisor").postJson(path + "/review", review("ACCEPT", "[]")).status()).isEqualTo(403);
		assertThat(ok(as("bureau").get(path)).get("actions")).extracting(JsonNode::asText)
			.containsExactly("ACCEPT", "RESUPERVISE");
		Response noAppeal = as("bureau").postJson(path + "/review", review("REJECT_APPEAL", "[]"));
		assertThat(noAppeal.status()).isEqualTo(400);
		assertThat(noAppeal.json().get("message").asText()).contains("未提出申诉");
		Response badMeasure = as("bureau").postJson(path + "/review", review("ACCEPT", "[\"FINE\"]"));
		assertThat(badMeasure.status()).isEqualTo(400);
		assertThat(badMeasure.json().get("message").asText()).contains("FINE");

		JsonNode resupervised = ok(as("bureau").postJson(path + "/review", review("RESUPERVISE", "[]")));
		assertThat(resupervised.at("/card/status").asText()).isEqualTo("AWAITING_DEPARTMENT");
		assertThat(resupervised.get("notices")).extracting((n) -> n.get("type").asText())
			.containsExactly("SUPERVISION_ORDER", "SUPERVISION_RECOMMENDATION");
		ok(as("supervisor").postJson(path + "/confirm", confirmation()));
		JsonNode closed = ok(as("bureau").postJson(path + "/review",
				review("ACCEPT", "[\"ADMONISHMENT_TALK\", \"WRITTEN_SELF_CRITICISM\"]")));

		assertThat(closed.at("/card/status").asText()).isEqualTo("CLOSED");
		assertThat(closed.at("/card/outcome").asText()).isEqualTo("RECTIFIED");
		assertThat(closed.get("measures")).extracting((m) -> m.get("name").asText()).containsExactly("诫勉谈话", "书面检查");
		assertThat(closed.get("currentStep").isNull()).isTrue();
		assertThat(closed.get("history")).extracting((e) -> e.get("kind").asText())
			.containsSubsequence("OPENED", "CONFIRMED", "RESUPERVISED", "CONFIRMED", "CLOSED");
		assertThat(closed.get("notices")).hasSize(3);
	}

	@Test
	void shouldShowEachLevelItsOwnCardsAndRefuseOtherRoles() {
		SupervisionCard market = openCard(MARKET, WarningLevel.YELLOW);
		SupervisionCard housing = openCard(HOUSING, WarningLevel.ANOMALY);

		JsonNode mine = ok(as("supervisor").get("/api/supervision/cards"));
		assertThat(mine).extracting((c) -> c.at("/department/code").asText()).containsOnly(MARKET);
		assertThat(mine).extracting((c) -> c.get("id").asLong()).contains(market.id()).doesNotContain(housing.id());
		assertThat(ok(as("supervisor").get("/api/supervision/cards?department=" + HOUSING))).isEmpty();
		assertThat(as("supervisor").get("/api/supervision/cards/" + housing.id()).status()).isEqualTo(404);
		assertThat(as("supervisor").postJson("/api/supervision/cards/" + housing.id() + "/confirm", confirmation())
			.status()).isEqualTo(404);

		for (String reader : new String[] { "bureau", "auditor" }) {
			JsonNode county = ok(as(reader).get("/api/supervision/cards"));
			assertThat(county).as(reader).extracting((c) -> c.get("id").asLong()).contains(market.id(), housing.id());
			assertThat(ok(as(reader).get("/api/supervision/cards?department=" + HOUSING + "&level=ANOMALY"))).as(reader)
				.extracting((c) -> c.get("id").asLong())
				.contains(housing.id())
				.doesNotContain(market.id());
			assertThat(ok(as(reader).get("/api/supervision/cards/" + housing.id())).at("/card/cardNo").asText())
				.isEqualTo(housing.cardNo());
		}
		assertThat(
				as("auditor").postJson("/api/supervision/cards/" + market.id() + "/confirm", confirmation()).status())
			.isEqualTo(403);
		assertThat(as("auditor").postJson("/api/supervision/cards/" + market.id() + "/review", review("ACCEPT", "[]"))
			.status()).isEqualTo(403);

		for (String other : new String[] { "clerk", "handler", "leader", "applicant" }) {
			assertThat(as(other).get("/api/supervision/cards").status()).as(other).isEqualTo(403);
			assertThat(as(other).get("/api/supervision/cards/" + market.id()).status()).as(other).isEqualTo(403);
		}
		assertThat(HttpCaller.anonymous(this.port).get("/api/supervision/cards").status()).isEqualTo(401);
		Response badFilter = as("bureau").get("/api/supervision/cards?status=LOST");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.json().get("message").asText()).contains("LOST");
	}

	/**
	 * Acceptance 3: the text of each supervision notice (as pdftotext shows it) names the
	 * case, the card, its level, the department and its deadline, and the bureau issues
	 * it; the PDF downloaded is the one whose SHA-256 was recorded.
	 */
	@Test
	void shouldNameTheCaseCardAndDepartmentInEveryNotice() throws IOException, NoSuchAlgorithmException {
		SupervisionCard card = this.fixtures
			.card(this.fixtures.raise("SFX-SCJGJ", WarningLevel.YELLOW, "PROMISED_LIMIT_EXCEEDED"));
		this.fixtures.awaitStep(card, "AnswerCard");
		HttpCaller supervisor = as("supervisor");
		HttpCaller bureau = as("bureau");
		String path = "/api/supervision/cards/" + card.id();
		supervisor.postJson(path + "/confirm", "{\"explanation\": \"承办人请假\", \"rectification\": \"已办结\"}");
		JsonNode detail = bureau
			.postJson(path + "/review", "{\"decision\": \"RESUPERVISE\", \"opinion\": \"整改措施不具体，请明确责任人和完成时限\"}")
			.json();

		Map<String, String> texts = new HashMap<>();
		for (JsonNode notice : detail.get("notices")) {
			HttpCaller.Download pdf = supervisor.download(notice.get("download").asText());
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
			assertThat(pdf.header("X-Content-Sha256")).isEqualTo(sha256(pdf.body()))
				.isEqualTo(notice.get("sha256").asText());
			texts.put(notice.get("type").asText(), text(pdf.body()));
		}

		assertThat(texts).containsOnlyKeys("SUPERVISION_REMINDER", "SUPERVISION_ORDER", "SUPERVISION_RECOMMENDATION");
		texts.forEach((type, text) -> assertThat(text).as(type)
			.contains(card.caseNo(), card.cardNo(), "黄牌", "PROMISED_LIMIT_EXCEEDED", "示范县市场监督管理局", "示范县监察局",
					"2026年12月"));
		assertThat(texts.get("SUPERVISION_REMINDER")).contains("监察提示单", "2026年12月14日");
		assertThat(texts.get("SUPERVISION_ORDER")).contains("督办通知书", "5个工作日", "申诉");
		assertThat(texts.get("SUPERVISION_RECOMMENDATION")).contains("监察建议书", "整改措施不具体");

		String other = "/api/supervision/cards/" + card.id() + "/notices/" + detail.at("/notices/0/id").asText()
				+ "/pdf";
		assertThat(as("clerk").download(other).status()).isEqualTo(403);
	}

	/**
	 * A yellow card the department let lapse raises a red card: each card's page links to
	 * the other, for the bureau and the auditors, and not across departments.
	 */
	@Test
	void shouldLinkAnEscalatedYellowCardAndTheRedCardItRaised() {
		SupervisionCard yellow = openCard(MARKET, WarningLevel.YELLOW);
		this.fixtures.passDueDateOf(this.fixtures.step(yellow, "AnswerCard"));
		this.fixtures.awaitStep(yellow, "ReviewCard");
		SupervisionCardMapper cards = this.context.getBean(SupervisionCardMapper.class);
		SupervisionCard red = await().atMost(Duration.ofSeconds(30))
			.until(() -> cards.findByWarningKey(yellow.caseNo(), WarningEscalations.KIND,
					WarningEscalations.cardKey(yellow.id())), Optional::isPresent)
			.orElseThrow();
		this.fixtures.track(red.processInstanceId());
		this.fixtures.awaitStep(this.fixtures.card(red.id()), "AnswerCard");

		for (String reader : new String[] { "bureau", "auditor", "supervisor" }) {
			JsonNode fromYellow = ok(as(reader).get("/api/supervision/cards/" + yellow.id()));
			assertThat(fromYellow.at("/escalatedTo/id").asLong()).as(reader).isEqualTo(red.id());
			assertThat(fromYellow.at("/escalatedTo/level").asText()).as(reader).isEqualTo("RED");
			assertThat(fromYellow.get("escalatedFrom").isNull()).as(reader).isTrue();
			JsonNode fromRed = ok(as(reader).get("/api/supervision/cards/" + red.id()));
			assertThat(fromRed.at("/escalatedFrom/id").asLong()).as(reader).isEqualTo(yellow.id());
			assertThat(fromRed.at("/escalatedFrom/cardNo").asText()).as(reader).isEqualTo(yellow.cardNo());
			assertThat(fromRed.get("escalatedTo").isNull()).as(reader).isTrue();
		}
		SupervisionCard other = openCard(HOUSING, WarningLevel.YELLOW);
		assertThat(ok(as("bureau").get("/api/supervision/cards/" + other.id())).get("escalatedTo").isNull()).isTrue();
	}

	private SupervisionCard openCard(String department, WarningLevel level) {
		SupervisionCard card = this.fixtures.card(this.fixtures.raise(department, level, "PROMISED_LIMIT_EXCEEDED"));
		this.fixtures.awaitStep(card, "AnswerCard");
		return card;
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String confirmation() {
		return "{\"explanation\": \"承办人请假未及时办理\", \"rectification\": \"已办结并提醒承办人\"}";
	}

	private static String review(String decision, String measures) {
		return "{\"decision\": \"" + decision + "\", \"opinion\": \"请明确整改责任人\", \"measures\": " + measures + "}";
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
