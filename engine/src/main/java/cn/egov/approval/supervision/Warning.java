package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A warning as the API shows it.
 *
 * @param id the row id
 * @param caseNo the case
 * @param department the answerable department's code
 * @param level REMINDER, YELLOW, RED or ANOMALY
 * @param kind what happened, e.g. {@code PROMISED_LIMIT_EXCEEDED}
 * @param raisedAt when it was raised
 * @param status OPEN, HANDLING or CLOSED
 * @param deadline the deadline it is about, if any
 * @param detail what happened, in words
 */
public record Warning(long id, String caseNo, String department, String level, String kind, OffsetDateTime raisedAt,
		String status, LocalDate deadline, String detail) {
}
