package cn.egov.approval.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.stereotype.Component;

/** Appends to and reads a case's timeline, in the caller's transaction. */
@Component
class CaseTimeline {

	/** The actor of what the engine does by itself (timers). */
	static final String SYSTEM = "system";

	private final CaseMapper mapper;

	private final Clock clock;

	CaseTimeline(CaseMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void record(String caseNo, EventKind kind, String actor) {
		record(caseNo, kind, actor, null, null, null, null, false);
	}

	void record(String caseNo, EventKind kind, String actor, String detail, boolean anomaly) {
		record(caseNo, kind, actor, null, null, null, detail, anomaly);
	}

	void record(String caseNo, EventKind kind, String actor, String step, String outcome, String opinion, String detail,
			boolean anomaly) {
		this.mapper.insertEvent(new CaseEvent(null, caseNo, now(), kind.name(), actor, step, outcome, truncate(opinion),
				truncate(detail), anomaly));
	}

	List<CaseEvent> of(String caseNo) {
		return this.mapper.findEvents(caseNo);
	}

	int count(String caseNo, EventKind kind) {
		return this.mapper.countEvents(caseNo, kind.name());
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 2000) ? text.substring(0, 2000) : text;
	}

}
