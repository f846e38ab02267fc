package cn.egov.approval.supervision.board;

import java.time.Instant;
import java.util.List;

/**
 * The board as it stands: a row per department the viewer watches, and the totals.
 *
 * @param generatedAt when it was read (the platform clock)
 * @param departments the rows, with the department's name
 * @param totals the rows added up
 */
record BoardSnapshot(Instant generatedAt, List<Row> departments, DepartmentLoad totals) {

	/**
	 * @param code the department's code
	 * @param name its name
	 * @param load its figures
	 */
	record Row(String code, String name, DepartmentLoad load) {
	}

}
