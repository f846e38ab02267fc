package cn.egov.approval.scoring;

import cn.egov.approval.scoring.ScoreMapper.RollupRow;

/**
 * The rates of a rollup row: 0..1 (4 decimals), {@code null} with nothing to divide by.
 */
final class ScoreRates {

	private ScoreRates() {
	}

	static Double rate(long part, long whole) {
		return (whole > 0) ? Math.round(10000.0 * part / whole) / 10000.0 : null;
	}

	static Double capped(long part, long whole) {
		Double rate = rate(part, whole);
		return (rate != null) ? Math.min(1.0, rate) : null;
	}

	/** 1 − actual/statutory working days over the completed cases measured. */
	static Double speedUp(RollupRow row) {
		Double used = rate(row.actualDays(), row.statutoryDays());
		return (used != null) ? Math.round(10000.0 * (1 - used)) / 10000.0 : null;
	}

	static DepartmentScore.Cards cards(RollupRow row) {
		return new DepartmentScore.Cards(row.yellow(), row.red(), row.anomaly());
	}

}
