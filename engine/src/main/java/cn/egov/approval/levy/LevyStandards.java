package cn.egov.approval.levy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The published standards of levy items, from {@code dmn/levy-fee-standard.dmn}.
 * Evaluated with a stand-alone DMN engine, as supervision's warning levels are: the
 * assessment runs inside the engine command of whoever completes the task.
 */
@Component
public class LevyStandards {

	static final String RESOURCE = "dmn/levy-fee-standard.dmn";

	static final String DECISION = "levy-fee-standard";

	private final DmnEngine engine;

	private final DmnDecision decision;

	public LevyStandards() {
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = new ClassPathResource(RESOURCE).getInputStream()) {
			this.decision = this.engine.parseDecision(DECISION, table);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The decision table " + RESOURCE + " is missing", ex);
		}
	}

	/**
	 * The standard for an item and a case.
	 * @param itemCode the catalog item
	 * @param exempt whether the case qualifies for the item's exemption
	 * @param unitCost a per-unit cost fixed elsewhere (e.g. the reclamation plan's), or
	 * null
	 * @return the standard, or empty when the item has no tabular standard
	 */
	public Optional<Standard> standard(String itemCode, boolean exempt, BigDecimal unitCost) {
		DmnDecisionTableResult result = this.engine.evaluateDecisionTable(this.decision,
				Variables.createVariables()
					.putValue("itemCode", itemCode)
					.putValue("exempt", exempt)
					.putValue("unitCost", (unitCost != null) ? unitCost.doubleValue() : 0.0));
		if (result.isEmpty()) {
			return Optional.empty();
		}
		var entries = result.getFirstResult();
		BigDecimal rate = new BigDecimal(entries.getEntry("rate").toString()).stripTrailingZeros();
		return Optional
			.of(new Standard(rate, entries.getEntry("unit"), entries.getEntry("rule"), entries.getEntry("basis")));
	}

	/**
	 * @param rate yuan per unit
	 * @param unit the unit of the quantity (平方米, 亩)
	 * @param rule the rule that applied
	 * @param basis the words for the payment notice
	 */
	public record Standard(BigDecimal rate, String unit, String rule, String basis) {

		/** The amount for a quantity, to the fen (half up). */
		public BigDecimal amountFor(BigDecimal quantity) {
			return this.rate.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
		}

	}

}
