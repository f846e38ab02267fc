package cn.egov.approval.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The score and grade of a department from {@code dmn/department-score.dmn}. Evaluated
 * with a stand-alone DMN engine, like the warning levels: a score page evaluates it once
 * per department and must not write a decision history row each time.
 */
@Component
public class DepartmentScores {

	static final String RESOURCE = "dmn/department-score.dmn";

	static final String DECISION = "department-score";

	private final DmnEngine engine;

	private final DmnDecision decision;

	public DepartmentScores() {
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = new ClassPathResource(RESOURCE).getInputStream()) {
			this.decision = this.engine.parseDecisionRequirementsGraph(table).getDecision(DECISION);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The decision " + RESOURCE + " is missing", ex);
		}
	}

	/**
	 * Scores a department's period.
	 * @param inputs the rates and counts the decision reads
	 * @param weights the weights in force
	 * @return the score (0–100, one decimal) and the grade
	 */
	public Score score(ScoreInputs inputs, Map<ScoreWeight, Integer> weights) {
		VariableMap variables = Variables.createVariables()
			.putValue("onTimeRate", inputs.onTimeRate())
			.putValue("earlyRate", inputs.earlyRate())
			.putValue("speedUp", inputs.speedUp())
			.putValue("satisfactionRate", inputs.satisfactionRate())
			.putValue("cases", inputs.cases())
			.putValue("yellow", inputs.yellow())
			.putValue("red", inputs.red())
			.putValue("anomaly", inputs.anomaly())
			.putValue("complaints", inputs.complaints());
		for (ScoreWeight weight : ScoreWeight.values()) {
			variables.putValue(weight.variable(), weights.getOrDefault(weight, 0));
		}
		DmnDecisionResult result = this.engine.evaluateDecision(this.decision, variables);
		Number score = result.getSingleResult().getEntry("score");
		String grade = result.getSingleResult().getEntry("grade");
		return new Score(Math.round(score.doubleValue() * 10) / 10.0, grade);
	}

	/**
	 * What the decision reads.
	 *
	 * @param onTimeRate on-time completions per completion, 0..1
	 * @param earlyRate early completions per completion, 0..1
	 * @param speedUp 1 − actual/statutory working days
	 * @param satisfactionRate satisfied ratings per rating (1 when nobody rated)
	 * @param cases cases received
	 * @param yellow yellow cards
	 * @param red red cards
	 * @param anomaly anomaly warnings
	 * @param complaints complaints filed
	 */
	public record ScoreInputs(double onTimeRate, double earlyRate, double speedUp, double satisfactionRate, long cases,
			long yellow, long red, long anomaly, long complaints) {
	}

	/** A score and its grade (优秀, 良好, 合格, 不合格). */
	public record Score(double score, String grade) {
	}

}
