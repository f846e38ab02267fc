package cn.egov.approval.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The level a warning takes, from the decision table {@code dmn/warning-level.dmn}.
 * Evaluated with a stand-alone DMN engine rather than the process engine's decision
 * service: it runs inside engine commands of any user (no Camunda authorization applies)
 * and would otherwise write a decision history row for every fact.
 */
@Component
public class WarningLevels {

	static final String RESOURCE = "dmn/warning-level.dmn";

	static final String DECISION = "warning-level";

	private static final String OFF = "OFF";

	private final DmnEngine engine;

	private final DmnDecision decision;

	public WarningLevels() {
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = new ClassPathResource(RESOURCE).getInputStream()) {
			this.decision = this.engine.parseDecision(DECISION, table);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The decision table " + RESOURCE + " is missing", ex);
		}
	}

	/**
	 * The level for a warning kind in a context.
	 * @param kind e.g. {@code PROMISED_LIMIT_EXCEEDED}
	 * @param context {@code ENGINE}, {@code EXCHANGE} or {@code CARD}
	 * @return the level, or empty when the table switches the warning off
	 */
	public Optional<WarningLevel> level(String kind, String context) {
		DmnDecisionTableResult result = this.engine.evaluateDecisionTable(this.decision,
				Variables.createVariables().putValue("kind", kind).putValue("context", context));
		String level = (result.isEmpty()) ? OFF : result.getSingleEntry();
		return (level == null || OFF.equals(level)) ? Optional.empty() : Optional.of(WarningLevel.valueOf(level));
	}

}
