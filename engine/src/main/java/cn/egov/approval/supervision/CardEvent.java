package cn.egov.approval.supervision;

import java.time.LocalDateTime;

/**
 * One entry of a card's history.
 *
 * @param id the row id
 * @param cardId the card
 * @param eventAt when (platform clock, China Standard Time)
 * @param kind what happened ({@link CardEventKind})
 * @param actor the username, or {@code system} for timers
 * @param opinion what the actor wrote
 * @param detail further facts (the notice's serial number, the measures ...)
 */
public record CardEvent(Long id, long cardId, LocalDateTime eventAt, String kind, String actor, String opinion,
		String detail) {
}
