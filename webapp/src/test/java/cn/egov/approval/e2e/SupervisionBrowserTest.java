package cn.egov.approval.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.StreamSupport;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, acceptance 7, in headless Chromium: the department supervisor watches the live
 * board; a case passes its promised deadline, and its yellow card appears on the board
 * without a reload; the supervisor opens the card, confirms it with the rectification,
 * and the bureau closes it. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class SupervisionBrowserTest extends BrowserTestSupport {

	/** 食品经营许可 (市场监管局): promised 10 working days. */
	private static final String FOOD = "SFX-SCJGJ-XK-0001";

	@BeforeEach
	void mondayMorning() {
		clock("{\"now\": \"2026-12-07T09:00:00+08:00\"}");
	}

	@AfterEach
	void realTime() {
		clock("{\"reset\": true}");
	}

	@Test
	void shouldShowANewYellowCardLiveAndHandleItThroughTheSupervisionProcess() throws IOException {
		String caseNo = acceptedCase();
		this.page.navigate("/login");
		logIn("supervisor", "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);
		this.page.navigate("/supervision/board");
		assertThat(this.page.getByTestId("board-state")).hasText("实时");

		// Accepted Monday 7 December: promised Monday 21 December, passed by Tuesday.
		clock("{\"now\": \"2026-12-22T09:00:00+08:00\"}");

		Locator arrived = this.page.getByTestId("board-warning").filter(new Locator.FilterOptions().setHasText(caseNo));
		assertThat(arrived.filter(new Locator.FilterOptions().setHasText("黄牌"))).hasCount(1);
		screenshot("supervision-board.png");

		long cardId = yellowCardOf(caseNo);
		this.page.navigate("/supervision/cards/" + cardId);
		this.page.getByTestId("card-explanation").fill("承办人休假，未及时办理");
		this.page.getByTestId("card-rectification").fill("已调整 AB 岗，当日办结");
		this.page.getByTestId("card-confirm").click();
		assertThat(this.page.getByTestId("card-answer")).hasCount(0);
		assertThat(this.page.getByTestId("card-status")).hasText("待监察复核");

		try (BrowserContext bureauContext = chromium.newContext(this.port)) {
			Page bureau = bureauContext.newPage();
			bureau.navigate("/login");
			bureau.locator("input[name=username]").fill("bureau");
			bureau.locator("input[name=password]").fill("demo");
			bureau.getByTestId("login-submit").click();
			assertThat(bureau).not().hasURL(ON_LOGIN_PAGE);
			bureau.navigate("/supervision/cards/" + cardId);
			bureau.getByTestId("card-opinion").fill("整改到位，予以办结");
			bureau.getByTestId("card-ACCEPT").click();
			assertThat(bureau.getByTestId("card-status")).hasText("已办结");
		}
		this.page.reload();
		assertThat(this.page.getByTestId("card-status")).hasText("已办结");
		screenshot("supervision-card-closed.png");
	}

	private String acceptedCase() {
		Response created = as("applicant").postJson("/api/cases", """
				{"itemCode": "%s", "channel": "ONLINE",
				 "applicant": {"name": "示范县督办测试餐饮有限公司", "type": "ENTERPRISE", "idNo": "91350000MA2XXXXX0B",
				               "phone": "13800000001"},
				 "formData": {"description": "申请开办餐饮门店", "address": "示范县人民路 10 号"}}""".formatted(FOOD));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		JsonNode task = StreamSupport.stream(as("clerk").get("/api/tasks").json().spliterator(), false)
			.filter((t) -> t.get("caseNo").asText().equals(caseNo))
			.findFirst()
			.orElseThrow();
		Response accepted = as("clerk").postJson("/api/tasks/" + task.get("id").asText() + "/complete",
				"{\"outcome\": \"ACCEPT\", \"opinion\": \"材料齐全，予以受理\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		return caseNo;
	}

	/** The yellow card's id, once the card process has opened it. */
	private long yellowCardOf(String caseNo) {
		long[] id = new long[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			Response cards = as("supervisor").get("/api/supervision/cards?level=YELLOW");
			JsonNode list = cards.json();
			JsonNode items = list.has("items") ? list.get("items") : list;
			for (JsonNode card : items) {
				if (caseNo.equals(card.path("caseNo").asText())
						&& "AWAITING_DEPARTMENT".equals(card.path("status").asText())) {
					id[0] = card.get("id").asLong();
					return true;
				}
			}
			return false;
		});
		return id[0];
	}

	private void clock(String body) {
		Response moved = as("admin").postJson("/api/admin/clock", body);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

}
