package cn.egov.approval.supervision.board;

/**
 * One department's row on the board.
 *
 * @param department the department's code
 * @param receivedToday applications received today
 * @param openCases cases not yet closed (nor refused acceptance)
 * @param overdue cases in progress past their promised deadline
 * @param pastStatutory cases in progress past their statutory deadline
 * @param closedToday cases closed today
 */
record DepartmentLoad(String department, long receivedToday, long openCases, long overdue, long pastStatutory,
		long closedToday) {
}
