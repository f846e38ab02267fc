package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.web.ApiException;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The discretion benchmarks (自由裁量基准, APL 34) as the engine has them deployed:
 * {@code dmn/penalty-liability-outcome.dmn} then {@code dmn/penalty-fine-band.dmn}, each
 * in its latest version, whose number is kept with the case so that a later change of the
 * published benchmark does not rewrite how an old case was measured.
 */
@Component
class DiscretionBenchmarks {

	static final String OUTCOME = "penalty-liability-outcome";

	static final String BAND = "penalty-fine-band";

	/** Every outcome's row carries the same statutory range; the general one is asked. */
	private static final String GENERAL = "GENERAL";

	private final DecisionService decisions;

	private final RepositoryService repository;

	DiscretionBenchmarks(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	Benchmark measure(String legalBasis, LiabilityFactors factors, BigDecimal goodsValue) {
		DecisionDefinition outcomeTable = latest(OUTCOME);
		DmnDecisionTableResult outcome = this.decisions.evaluateDecisionTableById(outcomeTable.getId(),
				factors.variables());
		String liability = outcome.getSingleEntry();
		DecisionDefinition bandTable = latest(BAND);
		DmnDecisionRuleResult row = bandRow(bandTable, legalBasis, liability, goodsValue)
			.orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "error.penalty.benchmark.none", legalBasis));
		return new Benchmark(liability, outcomeTable.getVersion(), amount(row, "statutoryMin"),
				amount(row, "statutoryMax"), amount(row, "bandMin"), amount(row, "bandMax"), bandTable.getVersion());
	}

	/**
	 * The provision's statutory fine range as the band table states it, or empty where
	 * the table has none without the goods' value (a range in multiples of it).
	 */
	Optional<StatutoryRange> statutoryRange(String legalBasis) {
		return bandRow(latest(BAND), legalBasis, GENERAL, null)
			.map((row) -> new StatutoryRange(amount(row, "statutoryMin"), amount(row, "statutoryMax")));
	}

	/** The band table's row for a provision, outcome and goods' value, if it has one. */
	private Optional<DmnDecisionRuleResult> bandRow(DecisionDefinition bandTable, String legalBasis, String outcome,
			BigDecimal goodsValue) {
		VariableMap inputs = Variables.createVariables()
			.putValue("legalBasis", legalBasis)
			.putValue("outcome", outcome)
			.putValue("goodsValue", (goodsValue != null) ? goodsValue.doubleValue() : null);
		DmnDecisionTableResult band = this.decisions.evaluateDecisionTableById(bandTable.getId(), inputs);
		return band.isEmpty() ? Optional.empty() : Optional.of(band.getSingleResult());
	}

	private DecisionDefinition latest(String key) {
		return this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult();
	}

	private static BigDecimal amount(DmnDecisionRuleResult row, String name) {
		Object value = row.getEntry(name);
		return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * What the benchmark tables say about a case.
	 *
	 * @param outcome the liability outcome (NO_PENALTY ... HEAVIER)
	 * @param outcomeVersion the version of the outcome table used
	 * @param statutoryMin the statutory minimum fine
	 * @param statutoryMax the statutory maximum fine
	 * @param bandMin the benchmark band's lower end
	 * @param bandMax its upper end
	 * @param bandVersion the version of the band table used
	 */
	record Benchmark(String outcome, int outcomeVersion, BigDecimal statutoryMin, BigDecimal statutoryMax,
			BigDecimal bandMin, BigDecimal bandMax, int bandVersion) {

		boolean inBand(BigDecimal fine) {
			return fine.compareTo(this.bandMin) >= 0 && fine.compareTo(this.bandMax) <= 0;
		}

	}

	/** The fine a provision allows: from its minimum to its maximum. */
	record StatutoryRange(BigDecimal min, BigDecimal max) {
	}

	/**
	 * The circumstances the liability outcome table reads (APL 30, 32, 33); a missing
	 * answer is "no".
	 */
	record LiabilityFactors(Boolean noFault, Integer age, Boolean minorViolation, Boolean corrected, String harm,
			Boolean firstOffence, Boolean mitigating, Boolean aggravating) {

		VariableMap variables() {
			return Variables.fromMap(Map.of("noFault", yes(this.noFault), "minorViolation", yes(this.minorViolation),
					"corrected", yes(this.corrected), "harm", (this.harm != null) ? this.harm : "NONE", "firstOffence",
					yes(this.firstOffence), "mitigating", yes(this.mitigating), "aggravating", yes(this.aggravating)))
				.putValue("age", this.age);
		}

		private static boolean yes(Boolean value) {
			return Boolean.TRUE.equals(value);
		}

	}

}
