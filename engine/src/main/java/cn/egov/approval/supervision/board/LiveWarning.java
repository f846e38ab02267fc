package cn.egov.approval.supervision.board;

import java.time.Instant;

import cn.egov.approval.supervision.WarningLevel;

/**
 * A new warning as the board shows it and as it travels between nodes.
 *
 * @param id the warning's id (the event id of the stream, so a viewer can tell repeats)
 * @param caseNo the case
 * @param department the department's code
 * @param departmentName the department's name
 * @param level its level
 * @param kind what happened
 * @param raisedAt when
 */
record LiveWarning(long id, String caseNo, String department, String departmentName, WarningLevel level, String kind,
		Instant raisedAt) {
}
