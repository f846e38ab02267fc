package cn.egov.approval.scoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The increments one or many events add to the rollups: a tally per period, department
 * and staff member.
 */
final class ScoreDelta {

	/** The staff column of a department's own row. */
	static final String DEPARTMENT_ROW = "-";

	private final Map<RollupKey, ScoreTally> tallies = new LinkedHashMap<>();

	/**
	 * Adds to the department's row (or a staff member's row) in the month, quarter and
	 * year of a day.
	 */
	ScoreDelta add(LocalDate day, String departmentCode, String staff, Consumer<ScoreTally> change) {
		if (departmentCode == null) {
			return this;
		}
		String who = (staff != null && !staff.isBlank()) ? staff : DEPARTMENT_ROW;
		for (String period : ScorePeriod.keysOf(day)) {
			change.accept(this.tallies.computeIfAbsent(new RollupKey(period, departmentCode, who),
					(key) -> new ScoreTally()));
		}
		return this;
	}

	/** Adds every tally of another delta. */
	void addAll(ScoreDelta other) {
		other.tallies.forEach((key, tally) -> this.tallies.computeIfAbsent(key, (k) -> new ScoreTally()).add(tally));
	}

	Map<RollupKey, ScoreTally> tallies() {
		return this.tallies;
	}

	boolean isEmpty() {
		return this.tallies.isEmpty();
	}

	/** One rollup row's key. */
	record RollupKey(String period, String departmentCode, String staff) {
	}

}
