package cn.egov.approval.penalty;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dmn/penalty-fine-band.dmn}: one case per rule, in the table's order (the Food
 * Safety Law's article 124 by the value of the goods, then article 126), each giving the
 * statutory range and the band of its outcome inside it.
 */
class FineBandDecisionTest {

	private final BenchmarkTables table = BenchmarkTables.of("penalty-fine-band");

	@ParameterizedTest(name = "{0} {1} goods {2}: statutory {3}-{4}, band {5}-{6}")
	@CsvSource({ "FSL-124-1, NO_PENALTY,      8000, 50000, 100000,      0,      0",
			"FSL-124-1, NO_PENALTY,     20000, 200000, 400000,      0,      0",
			"FSL-124-1, MAY_NO_PENALTY,  9999.99, 50000, 100000,      0,  65000",
			"FSL-124-1, MAY_NO_PENALTY, 20000, 200000, 400000,      0, 260000",
			"FSL-124-1, LIGHTER,         8000, 50000, 100000,  50000,  65000",
			"FSL-124-1, LIGHTER,        10000, 100000, 200000, 100000, 130000",
			"FSL-124-1, GENERAL,         8000, 50000, 100000,  65000,  85000",
			"FSL-124-1, GENERAL,        20000, 200000, 400000, 260000, 340000",
			"FSL-124-1, HEAVIER,            0, 50000, 100000,  85000, 100000",
			"FSL-124-1, HEAVIER,        20000, 200000, 400000, 340000, 400000",
			"FSL-126-1, NO_PENALTY,          , 5000, 50000,      0,      0",
			"FSL-126-1, MAY_NO_PENALTY,      , 5000, 50000,      0,  18500",
			"FSL-126-1, LIGHTER,             , 5000, 50000,   5000,  18500",
			"FSL-126-1, GENERAL,         3000, 5000, 50000,  18500,  36500",
			"FSL-126-1, HEAVIER,             , 5000, 50000,  36500,  50000",
			"WZWZ-13,   NO_PENALTY,          ,    0, 10000,      0,      0",
			"WZWZ-13,   MAY_NO_PENALTY,      ,    0, 10000,      0,   3000",
			"WZWZ-13,   LIGHTER,             ,    0, 10000,      0,   3000",
			"WZWZ-13,   GENERAL,             ,    0, 10000,   3000,   7000",
			"WZWZ-13,   HEAVIER,             ,    0, 10000,   7000,  10000" })
	void shouldGiveTheStatutoryRangeAndTheOutcomesBand(String basis, String outcome, Double goodsValue, double min,
			double max, double bandMin, double bandMax) {
		DmnDecisionRuleResult row = band(basis, outcome, goodsValue).getSingleResult();

		assertThat(row.<Double>getEntry("statutoryMin")).isEqualTo(min);
		assertThat(row.<Double>getEntry("statutoryMax")).isEqualTo(max);
		assertThat(row.<Double>getEntry("bandMin")).isEqualTo(bandMin);
		assertThat(row.<Double>getEntry("bandMax")).isEqualTo(bandMax);
	}

	@Test
	void shouldNotCoverALegalBasisItHasNoBandsFor() {
		assertThat(band("FSL-999", "GENERAL", 100.0)).isEmpty();
	}

	private DmnDecisionTableResult band(String basis, String outcome, Double goodsValue) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("legalBasis", basis);
		inputs.put("outcome", outcome);
		inputs.put("goodsValue", goodsValue);
		return this.table.evaluate(inputs);
	}

}
