package cn.egov.approval.supervision;

import java.time.Instant;

/**
 * Published inside the engine transaction when a supervision card's department did not
 * answer within its limit. A yellow card left unanswered becomes a red card (domain.md
 * §5).
 *
 * @param cardId the card's row id
 * @param warningId the warning the card was opened for
 * @param caseNo the case
 * @param departmentCode the department that did not answer
 * @param level the card's level before escalation
 * @param escalatedAt when the limit passed (the platform clock)
 */
public record CardEscalated(long cardId, long warningId, String caseNo, String departmentCode, WarningLevel level,
		Instant escalatedAt) {
}
