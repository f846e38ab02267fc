package cn.egov.approval.archive;

import java.time.LocalDate;

/**
 * The archive search's filters; blank texts filter nothing.
 *
 * @param caseNo the case number
 * @param type the notice type code
 * @param department the issuing department's code
 * @param from the first day of issue included (Asia/Shanghai)
 * @param to the last day included
 * @param page the page, from 0
 */
record NoticeQuery(String caseNo, String type, String department, LocalDate from, LocalDate to, int page) {

	NoticeQuery {
		caseNo = blankToNull(caseNo);
		type = blankToNull(type);
		department = blankToNull(department);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
