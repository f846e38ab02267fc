package cn.egov.approval.scoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.scoring.ScoreMapper.RollupRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Month by month over a period (the dashboards' trend and cards-by-colour charts): the
 * departments the user sees, added up.
 */
@Service
public class ScoreTrends {

	private final ScoreMapper mapper;

	private final ScoreScope scope;

	ScoreTrends(ScoreMapper mapper, ScoreScope scope) {
		this.mapper = mapper;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	public List<TrendPoint> months(PlatformUser user, String period, String region) {
		ScorePeriod scored = ScoreScope.period(period);
		Region asked = this.scope.region(user, region);
		List<String> departments = this.scope.departments(asked)
			.stream()
			.map(Department::code)
			.filter((code) -> ScoreScope.sees(user, code))
			.toList();
		List<String> months = scored.months();
		Map<String, List<RollupRow>> byMonth = departments.isEmpty() ? Map.of()
				: this.mapper.rollupsIn(months, departments).stream().collect(Collectors.groupingBy(RollupRow::period));
		return months.stream().map((month) -> point(month, byMonth.getOrDefault(month, List.of()))).toList();
	}

	private static TrendPoint point(String month, List<RollupRow> rows) {
		long received = rows.stream().mapToLong(RollupRow::received).sum();
		long completed = rows.stream().mapToLong(RollupRow::completed).sum();
		long onTime = rows.stream().mapToLong(RollupRow::onTime).sum();
		return new TrendPoint(month, received, completed, ScoreRates.rate(onTime, completed),
				new DepartmentScore.Cards(rows.stream().mapToLong(RollupRow::yellow).sum(),
						rows.stream().mapToLong(RollupRow::red).sum(),
						rows.stream().mapToLong(RollupRow::anomaly).sum()));
	}

	/** One month's totals. */
	public record TrendPoint(String period, long cases, long completed, Double onTimeRate,
			DepartmentScore.Cards cards) {
	}

}
