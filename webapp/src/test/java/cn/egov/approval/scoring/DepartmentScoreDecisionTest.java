package cn.egov.approval.scoring;

import java.util.EnumMap;
import java.util.Map;

import cn.egov.approval.scoring.DepartmentScores.Score;
import cn.egov.approval.scoring.DepartmentScores.ScoreInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dmn/department-score.dmn}: the weighted points, then one test per grade rule in
 * the table's order.
 */
class DepartmentScoreDecisionTest {

	private final DepartmentScores scores = new DepartmentScores();

	private final Map<ScoreWeight, Integer> weights = defaults();

	@Test
	void shouldWeighEveryRateAndCountCardsAndComplaintsPerCase() {
		// 40×0.5 + 10×0.25 + 10×0.4625 + 20×(1 − (2 + 2×1 + 0)/8) + 15×0.8 + 5×(1 − 2/8)
		Score score = this.scores.score(new ScoreInputs(0.5, 0.25, 0.4625, 0.8, 8, 2, 1, 0, 2), this.weights);
		assertThat(score.score()).isEqualTo(52.9);
	}

	@Test
	void shouldNeverGiveNegativePointsForManyCardsOrASlowDepartment() {
		Score score = this.scores.score(new ScoreInputs(0, 0, -0.5, 0, 1, 5, 5, 5, 9), this.weights);
		assertThat(score.score()).isEqualTo(0.0);
		assertThat(score.grade()).isEqualTo("不合格");
	}

	@Test
	void shouldGradeExcellentFromNinetyPointsWithoutARedCard() {
		Score score = this.scores.score(new ScoreInputs(1, 1, 0.5, 1, 10, 0, 0, 0, 0), this.weights);
		assertThat(score.score()).isEqualTo(95.0);
		assertThat(score.grade()).isEqualTo("优秀");
	}

	@Test
	void shouldGradeGoodFromSeventyFivePointsAndForNinetyWithARedCard() {
		assertThat(this.scores.score(new ScoreInputs(1, 0, 0.5, 1, 10, 0, 0, 0, 0), this.weights).grade())
			.isEqualTo("良好");
		Score withRed = this.scores.score(new ScoreInputs(1, 1, 1, 1, 100, 0, 1, 0, 0), this.weights);
		assertThat(withRed.score()).isEqualTo(99.6);
		assertThat(withRed.grade()).isEqualTo("良好");
	}

	@Test
	void shouldGradePassFromSixtyPoints() {
		Score score = this.scores.score(new ScoreInputs(0.5, 0, 0.5, 1, 10, 0, 0, 0, 0), this.weights);
		assertThat(score.score()).isEqualTo(65.0);
		assertThat(score.grade()).isEqualTo("合格");
	}

	@Test
	void shouldGradeFailBelowSixtyPoints() {
		Score score = this.scores.score(new ScoreInputs(0.25, 0, 0.5, 1, 10, 2, 0, 0, 0), this.weights);
		assertThat(score.score()).isEqualTo(51.0);
		assertThat(score.grade()).isEqualTo("不合格");
	}

	@Test
	void shouldFollowEditedWeights() {
		Map<ScoreWeight, Integer> onTimeOnly = new EnumMap<>(ScoreWeight.class);
		onTimeOnly.put(ScoreWeight.ON_TIME, 100);
		assertThat(this.scores.score(new ScoreInputs(0.75, 0, 0, 0, 4, 3, 3, 3, 3), onTimeOnly).score())
			.isEqualTo(75.0);
	}

	static Map<ScoreWeight, Integer> defaults() {
		Map<ScoreWeight, Integer> weights = new EnumMap<>(ScoreWeight.class);
		weights.putAll(Map.of(ScoreWeight.ON_TIME, 40, ScoreWeight.EARLY, 10, ScoreWeight.SPEED_UP, 10,
				ScoreWeight.CARDS, 20, ScoreWeight.SATISFACTION, 15, ScoreWeight.COMPLAINTS, 5));
		return weights;
	}

}
