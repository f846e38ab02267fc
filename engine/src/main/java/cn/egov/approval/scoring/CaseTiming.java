package cn.egov.approval.scoring;

/**
 * How a completed case finished against its deadlines.
 *
 * @param onTime finished on or before the promised deadline
 * @param early finished at least one working day before the promised deadline
 * @param pastStatutory finished after the statutory deadline
 * @param actualDays net working days from acceptance to completion (pauses excluded)
 * @param statutoryDays the statutory limit (with an approved extension)
 */
record CaseTiming(boolean onTime, boolean early, boolean pastStatutory, long actualDays, long statutoryDays) {
}
