package cn.egov.approval.supervision;

import java.time.LocalDate;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A yellow card left unanswered within its limit becomes a red warning on the same case
 * ({@code YELLOW_CARD_UNANSWERED}), in the transaction that escalated the card.
 */
@Component
class WarningEscalations {

	static final String KIND = "YELLOW_CARD_UNANSWERED";

	private final Warnings warnings;

	WarningEscalations(Warnings warnings) {
		this.warnings = warnings;
	}

	@EventListener
	void escalated(CardEscalated event) {
		if (event.level() != WarningLevel.YELLOW) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(event.escalatedAt(), PlatformClock.ZONE);
		this.warnings.raise(new WarningCandidate(event.caseNo(), event.departmentCode(), KIND, "CARD", day,
				"card:" + event.cardId(), "黄牌督办（卡 " + event.cardId() + "）逾期未整改", null));
	}

}
