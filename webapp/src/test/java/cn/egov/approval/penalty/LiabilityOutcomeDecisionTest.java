package cn.egov.approval.penalty;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dmn/penalty-liability-outcome.dmn}: one test per rule, in the table's order (hit
 * policy FIRST, so each test also shows the earlier rules do not catch it).
 */
class LiabilityOutcomeDecisionTest {

	private final BenchmarkTables table = BenchmarkTables.of("penalty-liability-outcome");

	@Test
	void shouldNotPenaliseAPartyWithoutFaultEvenWithAggravatingFactors() {
		assertThat(outcome(Map.of("noFault", true, "aggravating", true))).isEqualTo("NO_PENALTY");
	}

	@Test
	void shouldNotPenaliseAChildUnderFourteen() {
		assertThat(outcome(Map.of("age", 13, "aggravating", true))).isEqualTo("NO_PENALTY");
	}

	@Test
	void shouldNotPenaliseAMinorViolationCorrectedWithoutHarm() {
		assertThat(outcome(Map.of("minorViolation", true, "corrected", true, "harm", "NONE", "mitigating", true)))
			.isEqualTo("NO_PENALTY");
	}

	@Test
	void shouldAllowNoPenaltyForAFirstOffenceWithMinorHarmCorrected() {
		assertThat(outcome(Map.of("firstOffence", true, "corrected", true, "harm", "MINOR", "mitigating", true)))
			.isEqualTo("MAY_NO_PENALTY");
	}

	@Test
	void shouldPenaliseMoreLightlyWithMitigatingCircumstances() {
		assertThat(outcome(Map.of("mitigating", true, "aggravating", true, "harm", "SERIOUS"))).isEqualTo("LIGHTER");
	}

	@Test
	void shouldPenaliseAJuvenileMoreLightly() {
		assertThat(outcome(Map.of("age", 14))).isEqualTo("LIGHTER");
		assertThat(outcome(Map.of("age", 17, "aggravating", true))).isEqualTo("LIGHTER");
	}

	@Test
	void shouldPenaliseMoreHeavilyWithAggravatingCircumstances() {
		assertThat(outcome(Map.of("age", 18, "aggravating", true))).isEqualTo("HEAVIER");
		assertThat(outcome(Map.of("aggravating", true, "harm", "SERIOUS"))).isEqualTo("HEAVIER");
	}

	@Test
	void shouldOtherwisePenaliseInTheGeneralBand() {
		assertThat(outcome(Map.of())).isEqualTo("GENERAL");
		// A first offence with minor harm that was not corrected is no ground.
		assertThat(outcome(Map.of("firstOffence", true, "harm", "MINOR", "age", 40))).isEqualTo("GENERAL");
	}

	/** An organisation's case leaves the age empty; every other answer is "no". */
	private String outcome(Map<String, Object> given) {
		Map<String, Object> inputs = new HashMap<>(Map.of("noFault", false, "minorViolation", false, "corrected", false,
				"harm", "NONE", "firstOffence", false, "mitigating", false, "aggravating", false));
		inputs.put("age", null);
		inputs.putAll(given);
		return this.table.evaluate(inputs).getSingleEntry();
	}

}
