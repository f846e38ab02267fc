package cn.egov.approval.supervision.board;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import cn.egov.approval.EventStreamReader;
import cn.egov.approval.HttpCaller;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.supervision.WarningLevel;
import cn.egov.approval.supervision.WarningRaised;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live board: a warning reaches the streams of those who supervise its department,
 * once, after its transaction commits, and never when it rolls back; the figures count
 * the department's cases.
 */
@PlatformTest
class BoardStreamTest {

	private static final String MARKET = "SFX-SCJGJ";

	private static final String LAND = "SFX-ZRZYJ";

	/** Ids no real warning of the shared test context uses. */
	private static final AtomicLong IDS = new AtomicLong(9_000_000);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldSendAWarningToItsDepartmentsSupervisorsOnceAfterCommit() {
		try (EventStreamReader supervisor = EventStreamReader.open(this.port, "/api/supervision/board/stream",
				"supervisor");
				EventStreamReader bureau = EventStreamReader.open(this.port, "/api/supervision/board/stream",
						"bureau")) {
			long market = raise(MARKET, false);
			long land = raise(LAND, false);
			long rolledBack = raise(MARKET, true);

			await().atMost(Duration.ofSeconds(10)).until(() -> bureau.named("warning").size() >= 2);
			await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
			assertThat(supervisor.named("warning")).extracting(EventStreamReader.Event::id)
				.containsExactly(Long.toString(market));
			assertThat(bureau.named("warning")).extracting(EventStreamReader.Event::id)
				.containsExactly(Long.toString(market), Long.toString(land));
			assertThat(bureau.named("warning")).extracting(EventStreamReader.Event::id)
				.doesNotContain(Long.toString(rolledBack));
			assertThat(supervisor.named("warning").get(0).data()).contains("\"caseNo\":\"BOARD-" + market + "\"")
				.contains("\"level\":\"YELLOW\"")
				.contains("示范县市场监督管理局");
		}
	}

	@Test
	void shouldCountTheDepartmentsCasesReceivedAndOpenToday() {
		JsonNode before = marketRow(
				HttpCaller.basic(this.port, "supervisor", "demo").get("/api/supervision/board").json());
		HttpCaller.Response created = HttpCaller.basic(this.port, "applicant", "demo")
			.postJson("/api/cases", application());
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		HttpCaller.Response board = HttpCaller.basic(this.port, "supervisor", "demo").get("/api/supervision/board");

		assertThat(board.status()).isEqualTo(200);
		assertThat(board.json().get("departments")).hasSize(1);
		JsonNode after = marketRow(board.json());
		assertThat(after.path("load").path("receivedToday").asLong())
			.isEqualTo(before.path("load").path("receivedToday").asLong() + 1);
		assertThat(after.path("load").path("openCases").asLong())
			.isEqualTo(before.path("load").path("openCases").asLong() + 1);
		JsonNode bureau = HttpCaller.basic(this.port, "bureau", "demo").get("/api/supervision/board").json();
		assertThat(bureau.get("departments").size()).isGreaterThan(1);
		assertThat(bureau.path("totals").path("openCases").asLong())
			.isGreaterThanOrEqualTo(after.path("load").path("openCases").asLong());
	}

	@Test
	void shouldKeepOtherRolesOffTheBoard() {
		assertThat(HttpCaller.basic(this.port, "clerk", "demo").get("/api/supervision/board").status()).isEqualTo(403);
		assertThat(HttpCaller.basic(this.port, "applicant", "demo").get("/api/supervision/board/stream").status())
			.isEqualTo(403);
		assertThat(HttpCaller.anonymous(this.port).get("/api/supervision/board").status()).isEqualTo(401);
	}

	private long raise(String department, boolean rollBack) {
		long id = IDS.incrementAndGet();
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new WarningRaised(id, "BOARD-" + id, department, WarningLevel.YELLOW,
					"PROMISED_LIMIT_EXCEEDED", Instant.now()));
			if (rollBack) {
				status.setRollbackOnly();
			}
		});
		return id;
	}

	private static JsonNode marketRow(JsonNode board) {
		for (JsonNode row : board.get("departments")) {
			if (MARKET.equals(row.path("code").asText())) {
				return row;
			}
		}
		throw new AssertionError("No row of " + MARKET + " in " + board);
	}

	private static String application() {
		return """
				{"itemCode": "SFX-SCJGJ-XK-0001", "channel": "ONLINE",
				 "applicant": {"name": "示范县看板餐饮有限公司", "type": "ENTERPRISE", "idNo": "91350000MA2XXXXX0B",
				               "phone": "13800000001"},
				 "formData": {"description": "申请开办餐饮门店", "address": "示范县人民路 9 号"}}""";
	}

}
