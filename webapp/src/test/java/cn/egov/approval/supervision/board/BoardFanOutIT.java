package cn.egov.approval.supervision.board;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import cn.egov.approval.ApprovalPlatformApplication;
import cn.egov.approval.EventStreamReader;
import cn.egov.approval.MySqlTestDatabase;
import cn.egov.approval.supervision.AnomalyKind;
import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import cn.egov.approval.supervision.SupervisionFactSource;
import cn.egov.approval.supervision.SupervisionFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, acceptance 5: two nodes of the platform on one MariaDB and one Redis; a
 * warning raised on one reaches the board's stream on the other, once. Switched on by
 * {@code -Dplatform.it.mysql=true -Dplatform.it.redis=true} (as .ci/run does); then a
 * missing server fails the test.
 */
@EnabledIfSystemProperty(named = "platform.it.mysql", matches = "true")
@EnabledIfSystemProperty(named = "platform.it.redis", matches = "true")
class BoardFanOutIT {

	private static final String DATABASE = "approval_board_it";

	private static final AtomicLong IDS = new AtomicLong(7_000_000);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		MySqlTestDatabase.recreate(DATABASE);
		String prefix = "approval-board-it-" + UUID.randomUUID() + ":";
		first = node(prefix);
		second = node(prefix);
	}

	@AfterAll
	static void stopNodes() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void shouldDeliverAWarningRaisedOnOneNodeToTheOtherNodesStreamOnce() {
		try (EventStreamReader onSecond = EventStreamReader.open(port(second), "/api/supervision/board/stream",
				"bureau");
				EventStreamReader onFirst = EventStreamReader.open(port(first), "/api/supervision/board/stream",
						"supervisor")) {
			// Redis delivers only to subscriptions already made: wait until the channel
			// carries a first warning to both nodes.
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
				raise(first);
				return !onSecond.named("warning").isEmpty() && !onFirst.named("warning").isEmpty();
			});
			long id = raise(first);

			String caseNo = "\"IT-" + id + "\"";
			await().atMost(Duration.ofSeconds(10))
				.until(() -> received(onSecond, caseNo) > 0 && received(onFirst, caseNo) > 0);
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
			assertThat(received(onSecond, caseNo)).isEqualTo(1);
			assertThat(received(onFirst, caseNo)).isEqualTo(1);
		}
	}

	/**
	 * Raises a warning the way other departments' systems do, through the data exchange:
	 * a reported anomaly on a case of the market regulation bureau, kept by supervision
	 * and sent to the board after commit.
	 */
	private static long raise(ConfigurableApplicationContext node) {
		long id = IDS.incrementAndGet();
		node.getBean(SupervisionFacts.class)
			.record(new SupervisionFact(SupervisionFactSource.EXCHANGE, "it:" + id, "IT-" + id, "SFX-SCJGJ", null,
					SupervisionFactKind.ANOMALY_REPORTED, Instant.now(), "exchange", null,
					Map.of("anomaly", AnomalyKind.FEE_OFF_STANDARD.name(), "detail", "收费与标准不符")));
		return id;
	}

	private static long received(EventStreamReader stream, String caseNo) {
		return stream.named("warning").stream().filter((event) -> event.data().contains(caseNo)).count();
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext node(String prefix) {
		// Arguments, as an operator would start a node: they outrank the profiles' files.
		return new SpringApplicationBuilder(ApprovalPlatformApplication.class).profiles("mysql", "redis")
			.run("--server.port=0", "--MYSQL_DATABASE=" + DATABASE, "--MYSQL_USER=" + MySqlTestDatabase.user(),
					"--MYSQL_PASSWORD=" + MySqlTestDatabase.password(), "--platform.demo.enabled=true",
					"--platform.simulation.enabled=false", "--platform.coordination.key-prefix=" + prefix,
					"--logging.structured.format.console=");
	}

}
