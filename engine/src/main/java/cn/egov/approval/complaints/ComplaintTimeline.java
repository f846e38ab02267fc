package cn.egov.approval.complaints;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.stereotype.Component;

/** Appends to a complaint's events, in the caller's transaction. */
@Component
class ComplaintTimeline {

	/** The actor of what the engine does by itself (timers). */
	static final String SYSTEM = "system";

	/** The actor of an anonymous complainant. */
	static final String PUBLIC = "public";

	private static final int MAX_DETAIL = 2000;

	private final ComplaintMapper mapper;

	private final Clock clock;

	ComplaintTimeline(ComplaintMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void record(String complaintNo, String kind, String actor, String detail) {
		String text = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
		this.mapper.insertEvent(new ComplaintEvent(null, complaintNo, now(), kind, actor, text));
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

}
