package cn.egov.approval.supervision;

/**
 * How serious a warning is (domain.md §5): the colours the supervision bureau configures.
 */
public enum WarningLevel {

	/** 提示: the promised deadline is the next working day. */
	REMINDER,

	/** 黄牌: past the promised deadline, or a step past its own limit. */
	YELLOW,

	/** 红牌: past the statutory limit, or a yellow card not dealt with in time. */
	RED,

	/**
	 * 异常预警: a breach of procedure (step skipped, fee off the standard, notice missing
	 * ...).
	 */
	ANOMALY;

	/** Reminders only inform; every other level opens a supervision card. */
	public boolean opensCard() {
		return this != REMINDER;
	}

}
