package cn.egov.approval.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.stereotype.Component;

/** Appends to and reads a card's history, in the caller's transaction. */
@Component
class CardHistory {

	/** The actor of what the engine does by itself (timers, the opening listener). */
	static final String SYSTEM = "system";

	private static final int MAX_TEXT = 2000;

	private final SupervisionCardMapper mapper;

	private final Clock clock;

	CardHistory(SupervisionCardMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void record(long cardId, CardEventKind kind, String actor, String opinion, String detail) {
		this.mapper
			.insertEvent(new CardEvent(null, cardId, now(), kind.name(), actor, truncate(opinion), truncate(detail)));
	}

	List<CardEvent> of(long cardId) {
		return this.mapper.findEvents(cardId);
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

	private static String truncate(String text) {
		return (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

}
