package cn.egov.approval.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dmn/warning-level.dmn}: one test per rule, in the table's order. */
class WarningLevelDecisionTest {

	private final WarningLevels levels = new WarningLevels();

	@Test
	void shouldSwitchOffRemindersReportedThroughTheExchange() {
		assertThat(this.levels.level("REMINDER", "EXCHANGE")).isEmpty();
	}

	@Test
	void shouldRemindTheWorkingDayBeforeThePromisedDeadline() {
		assertThat(this.levels.level("REMINDER", "ENGINE")).contains(WarningLevel.REMINDER);
	}

	@Test
	void shouldShowYellowPastThePromisedLimitOrAStepsOwnLimit() {
		assertThat(this.levels.level("PROMISED_LIMIT_EXCEEDED", "ENGINE")).contains(WarningLevel.YELLOW);
		assertThat(this.levels.level("SUB_LIMIT_EXCEEDED", "ENGINE")).contains(WarningLevel.YELLOW);
		assertThat(this.levels.level("CERTIFICATE_LIMIT_EXCEEDED", "EXCHANGE")).contains(WarningLevel.YELLOW);
		assertThat(this.levels.level("PRESERVATION_LIMIT_EXCEEDED", "ENGINE")).contains(WarningLevel.YELLOW);
	}

	@Test
	void shouldShowRedPastTheStatutoryLimit() {
		assertThat(this.levels.level("STATUTORY_LIMIT_EXCEEDED", "ENGINE")).contains(WarningLevel.RED);
	}

	@Test
	void shouldShowRedForAnEscalatedYellowCard() {
		assertThat(this.levels.level("YELLOW_CARD_UNANSWERED", "CARD")).contains(WarningLevel.RED);
	}

	@Test
	void shouldRaiseEveryListedAnomalyAsAnAnomaly() {
		for (AnomalyKind kind : AnomalyKind.values()) {
			assertThat(this.levels.level(kind.name(), "ENGINE")).as(kind.name()).contains(WarningLevel.ANOMALY);
		}
	}

	@Test
	void shouldRaiseNothingForAKindTheTableDoesNotList() {
		assertThat(this.levels.level("SOMETHING_ELSE", "ENGINE")).isEmpty();
		assertThat(this.levels.level("YELLOW_CARD_UNANSWERED", "ENGINE")).isEmpty();
	}

}
