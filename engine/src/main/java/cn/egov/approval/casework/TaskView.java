package cn.egov.approval.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An open task as the to-do list shows it.
 *
 * @param id the task id
 * @param caseNo the case
 * @param itemName the item
 * @param applicantName the applicant
 * @param step the step code (pre-check, a chain role, payment ...)
 * @param stepName the step's name in the caller's language
 * @param outcomes what completing it may say
 * @param assignee who holds it, or null while it waits in the group queue
 * @param onBehalfOf the absent post the caller acts for (AB岗), or null
 * @param onBehalfOfName that post holder's display name, or null
 * @param createdAt when it was created
 * @param promisedDeadline the case's promised deadline
 * @param statutoryDeadline the case's statutory deadline
 * @param workingDaysLeft working days until the promised deadline (negative: overdue)
 * @param caseStatus the case's status
 * @param dueAt the task's own due date (e.g. the 5-working-day pre-check limit), or null
 */
public record TaskView(String id, String caseNo, String itemName, String applicantName, String step, String stepName,
		List<String> outcomes, String assignee, String onBehalfOf, String onBehalfOfName, OffsetDateTime createdAt,
		LocalDate promisedDeadline, LocalDate statutoryDeadline, Integer workingDaysLeft, String caseStatus,
		OffsetDateTime dueAt) {
}
