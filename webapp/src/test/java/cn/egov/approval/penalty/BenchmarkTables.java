package cn.egov.approval.penalty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.core.io.ClassPathResource;

/** The benchmark tables as deployed, in a stand-alone DMN engine. */
final class BenchmarkTables {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final DmnDecision decision;

	private BenchmarkTables(String key) {
		try (InputStream table = new ClassPathResource("dmn/" + key + ".dmn").getInputStream()) {
			this.decision = ENGINE.parseDecision(key, table);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static BenchmarkTables of(String key) {
		return new BenchmarkTables(key);
	}

	DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
		return ENGINE.evaluateDecisionTable(this.decision, Variables.fromMap(inputs));
	}

}
