package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.util.OptionalLong;

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

	private static final String CARD_KEY = "card:";

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
				cardKey(event.cardId()), "黄牌督办（卡 " + event.cardId() + "）逾期未整改", null));
	}

	/**
	 * The red warning's key: the yellow card it escalates, so that it is raised once per
	 * card.
	 */
	static String cardKey(long cardId) {
		return CARD_KEY + cardId;
	}

	/** The yellow card a red warning of this kind escalates, read back from its key. */
	static OptionalLong escalatedCard(WarningMapper.WarningRow warning) {
		if (!KIND.equals(warning.kind()) || warning.deadlineKey() == null
				|| !warning.deadlineKey().startsWith(CARD_KEY)) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(warning.deadlineKey().substring(CARD_KEY.length())));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
