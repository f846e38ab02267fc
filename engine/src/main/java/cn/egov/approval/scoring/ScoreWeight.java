package cn.egov.approval.scoring;

/**
 * One weight of the department score, in points out of 100, as the decision
 * {@code department-score-points} reads it.
 */
public enum ScoreWeight {

	/** 按时办结率. */
	ON_TIME("wOnTime"),

	/** 提前办结率. */
	EARLY("wEarly"),

	/** 实际提速率 (1 − actual/statutory working days). */
	SPEED_UP("wSpeedUp"),

	/** 红黄牌及异常 (fewer cards per case, more points; a red card counts twice). */
	CARDS("wCards"),

	/** 满意率. */
	SATISFACTION("wSatisfaction"),

	/** 投诉 (fewer complaints per case, more points). */
	COMPLAINTS("wComplaints");

	private final String variable;

	ScoreWeight(String variable) {
		this.variable = variable;
	}

	/** The decision's input variable. */
	String variable() {
		return this.variable;
	}

}
