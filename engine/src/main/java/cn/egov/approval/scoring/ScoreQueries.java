package cn.egov.approval.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.scoring.DepartmentScores.Score;
import cn.egov.approval.scoring.DepartmentScores.ScoreInputs;
import cn.egov.approval.scoring.ScoreMapper.RollupRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score pages' questions, answered from the rollups: one row read per department (or
 * staff member) whatever the period and however many cases it holds.
 */
@Service
public class ScoreQueries {

	private final ScoreMapper mapper;

	private final ScoreScope scope;

	private final ScoreWeights weights;

	private final DepartmentScores scores;

	ScoreQueries(ScoreMapper mapper, ScoreScope scope, ScoreWeights weights, DepartmentScores scores) {
		this.mapper = mapper;
		this.scope = scope;
		this.weights = weights;
		this.scores = scores;
	}

	/** The departments of a region with their score, grade and rank in the region. */
	@Transactional(readOnly = true)
	public List<DepartmentScore> departments(PlatformUser user, String period, String region) {
		ScorePeriod scored = ScoreScope.period(period);
		Region asked = this.scope.region(user, region);
		return ranking(scored, asked).stream().filter((row) -> ScoreScope.sees(user, row.department().code())).toList();
	}

	/** The same for a bulletin: every department of the region. */
	@Transactional(readOnly = true)
	public List<DepartmentScore> ranking(ScorePeriod period, Region region) {
		List<Department> departments = this.scope.departments(region);
		if (departments.isEmpty()) {
			return List.of();
		}
		Map<String, RollupRow> rows = this.mapper
			.rollups(period.key(), departments.stream().map(Department::code).toList(), false)
			.stream()
			.collect(Collectors.toMap(RollupRow::departmentCode, Function.identity()));
		Map<ScoreWeight, Integer> weightsNow = this.weights.current();
		List<DepartmentScore> scored = new ArrayList<>();
		for (Department department : departments) {
			RollupRow row = rows.getOrDefault(department.code(), empty(period, department.code()));
			scored.add(score(department, row, weightsNow));
		}
		return rank(scored);
	}

	/** The staff of a department with their figures. */
	@Transactional(readOnly = true)
	public List<StaffScore> staff(PlatformUser user, String period, String department) {
		ScorePeriod scored = ScoreScope.period(period);
		Department asked = this.scope.department(user, department);
		List<RollupRow> rows = this.mapper.rollups(scored.key(), List.of(asked.code()), true);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = this.mapper.displayNames(rows.stream().map(RollupRow::staff).toList())
			.stream()
			.collect(Collectors.toMap(ScoreMapper.NameRow::username, ScoreMapper.NameRow::displayName));
		return rows.stream()
			.map((row) -> new StaffScore(row.staff(), names.getOrDefault(row.staff(), row.staff()), row.received(),
					row.accepted(), row.completed(), ScoreRates.rate(row.onTime(), row.completed()),
					ScoreRates.rate(row.early(), row.completed()), ScoreRates.rate(row.overdue(), row.completed()),
					ScoreRates.speedUp(row), ScoreRates.cards(row)))
			.toList();
	}

	private DepartmentScore score(Department department, RollupRow row, Map<ScoreWeight, Integer> weightsNow) {
		long completed = row.completed();
		Double onTime = ScoreRates.rate(row.onTime(), completed);
		Double early = ScoreRates.rate(row.early(), completed);
		Double speedUp = ScoreRates.speedUp(row);
		Double satisfaction = ScoreRates.rate(row.satisfied(), row.ratings());
		Score score = null;
		if (completed > 0) {
			score = this.scores.score(new ScoreInputs(onTime, early, (speedUp != null) ? speedUp : 0,
					(satisfaction != null) ? satisfaction : 1, Math.max(row.received(), completed), row.yellow(),
					row.red(), row.anomaly(), row.complaints()), weightsNow);
		}
		return new DepartmentScore(new DepartmentScore.DepartmentRef(department.code(), department.name()),
				row.received(), row.accepted(), completed, ScoreRates.capped(completed, row.received()), onTime, early,
				ScoreRates.rate(row.overdue(), completed), row.pastStatutory(), row.openOverdue(), speedUp,
				ScoreRates.cards(row), row.complaints(), row.complaintsClosed(), row.ratings(),
				ScoreRates.capped(row.ratings(), completed), satisfaction, (score != null) ? score.score() : null,
				(score != null) ? score.grade() : null, null);
	}

	/**
	 * Best score first, equal scores sharing a rank; departments without a score last.
	 */
	private static List<DepartmentScore> rank(List<DepartmentScore> rows) {
		List<DepartmentScore> sorted = rows.stream()
			.sorted(Comparator.comparing(DepartmentScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing((row) -> row.department().code()))
			.toList();
		List<DepartmentScore> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			DepartmentScore row = sorted.get(i);
			Integer rank = null;
			if (row.score() != null) {
				boolean tie = i > 0 && row.score().equals(sorted.get(i - 1).score());
				rank = tie ? ranked.get(i - 1).rank() : i + 1;
			}
			ranked.add(row.ranked(rank));
		}
		return ranked;
	}

	private static RollupRow empty(ScorePeriod period, String department) {
		return new RollupRow(period.key(), department, ScoreDelta.DEPARTMENT_ROW, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
				0, 0, 0, 0);
	}

}
