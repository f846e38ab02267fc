package cn.egov.approval.scoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of the department score. They live in a table and go into the decision as
 * inputs, so an edit applies to the very next query on every node, with no redeployment
 * and no cache to clear; the decision file keeps the formula and the grade bands.
 */
@Service
public class ScoreWeights {

	static final int TOTAL = 100;

	private final ScoreWeightMapper mapper;

	private final Clock clock;

	ScoreWeights(ScoreWeightMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** The weights in force. */
	@Transactional(readOnly = true)
	public Map<ScoreWeight, Integer> current() {
		Map<ScoreWeight, Integer> weights = new EnumMap<>(ScoreWeight.class);
		this.mapper.findAll().forEach((row) -> weights.put(ScoreWeight.valueOf(row.name()), row.points()));
		return weights;
	}

	/**
	 * Replaces every weight.
	 * @param weights a weight for each of {@link ScoreWeight}, none negative, summing to
	 * 100
	 * @param by who changed them
	 * @return the weights now in force
	 * @throws BadRequestException when a weight is missing or negative, or they do not
	 * sum to 100
	 */
	@Transactional
	public Map<ScoreWeight, Integer> replace(Map<ScoreWeight, Integer> weights, String by) {
		int sum = 0;
		for (ScoreWeight weight : ScoreWeight.values()) {
			Integer points = weights.get(weight);
			if (points == null) {
				throw new BadRequestException("error.score.weight-missing", weight.name());
			}
			if (points < 0) {
				throw new BadRequestException("error.score.weight-negative", weight.name(), points);
			}
			sum += points;
		}
		if (sum != TOTAL) {
			throw new BadRequestException("error.score.weight-sum", sum);
		}
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(PlatformClock.ZONE)).withNano(0);
		weights.forEach((weight, points) -> this.mapper.update(weight.name(), points, now, by));
		return current();
	}

}
