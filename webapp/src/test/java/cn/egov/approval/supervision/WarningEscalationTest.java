package cn.egov.approval.supervision;

import java.time.Duration;
import java.time.Instant;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A yellow card left unanswered becomes exactly one red warning per card, whatever else
 * is escalated; and a warning moves on through handling to closed, never back, as the
 * list shows.
 */
@PlatformTest
class WarningEscalationTest extends WarningHttpTest {

	private static final Instant MONDAY_NOON = Instant.parse("2026-12-07T04:00:00Z");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Warnings warnings;

	@Test
	void shouldRaiseOneRedWarningPerUnansweredYellowCardAndNoneForOtherLevels() {
		String caseNo = this.api.acceptedFoodCase();
		escalate(new CardEscalated(9001, 1, caseNo, "SFX-SCJGJ", WarningLevel.YELLOW, MONDAY_NOON));
		escalate(new CardEscalated(9001, 1, caseNo, "SFX-SCJGJ", WarningLevel.YELLOW, MONDAY_NOON.plusSeconds(60)));
		escalate(new CardEscalated(9002, 2, caseNo, "SFX-SCJGJ", WarningLevel.RED, MONDAY_NOON));
		escalate(new CardEscalated(9003, 3, caseNo, "SFX-SCJGJ", WarningLevel.ANOMALY, MONDAY_NOON));

		assertThat(this.api.warningsOf(caseNo)).singleElement().satisfies((warning) -> {
			assertThat(warning.get("level").asText()).isEqualTo("RED");
			assertThat(warning.get("kind").asText()).isEqualTo("YELLOW_CARD_UNANSWERED");
			assertThat(warning.get("department").asText()).isEqualTo("SFX-SCJGJ");
			assertThat(warning.get("detail").asText()).contains("9001");
		});

		// The red warning opens a supervision card of its own, which takes it in hand
		// once
		// the card's process has started (asynchronously).
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "HANDLING".equals(this.api.warningsOf(caseNo).get(0).get("status").asText()));

		escalate(new CardEscalated(9004, 4, caseNo, "SFX-SCJGJ", WarningLevel.YELLOW, MONDAY_NOON));
		assertThat(this.api.warnings(caseNo)).containsExactly("RED:YELLOW_CARD_UNANSWERED",
				"RED:YELLOW_CARD_UNANSWERED");
	}

	@Test
	void shouldMoveAWarningOnThroughHandlingToClosedAndNeverBack() {
		String caseNo = this.api.acceptedFoodCase();
		escalate(new CardEscalated(9101, 11, caseNo, "SFX-SCJGJ", WarningLevel.YELLOW, MONDAY_NOON));
		long id = this.api.warningsOf(caseNo).get(0).get("id").asLong();
		// The red warning's own card takes it in hand (asynchronously); then it closes.
		await().atMost(Duration.ofSeconds(20)).until(() -> listed(caseNo, "HANDLING") != null);
		assertThat(listed(caseNo, "OPEN")).isNull();

		assertThat(follow(id, WarningStatus.CLOSED)).isTrue();
		assertThat(listed(caseNo, "CLOSED").get("id").asLong()).isEqualTo(id);
		assertThat(listed(caseNo, "HANDLING")).isNull();

		// A late step of a card cannot reopen what was closed.
		assertThat(follow(id, WarningStatus.HANDLING)).isFalse();
		assertThat(follow(id, WarningStatus.OPEN)).isFalse();
		assertThat(listed(caseNo, "CLOSED").get("id").asLong()).isEqualTo(id);
		assertThat(follow(-1, WarningStatus.CLOSED)).isFalse();
	}

	private boolean follow(long id, WarningStatus status) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> this.warnings.followCard(id, status)));
	}

	private void escalate(CardEscalated event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	/** The case's warning in the supervisor's list filtered by status, or null. */
	private JsonNode listed(String caseNo, String status) {
		Response list = this.api.as("supervisor").get("/api/supervision/warnings?status=" + status);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		for (JsonNode warning : list.json()) {
			if (warning.get("caseNo").asText().equals(caseNo)) {
				return warning;
			}
		}
		return null;
	}

}
