package cn.egov.approval.penalty;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.egov.approval.casework.CaseDetail.TimelineEntry;
import cn.egov.approval.clock.PlatformClock;

import org.springframework.stereotype.Component;

/**
 * Writes a penalty case's steps into the shared case timeline ({@code case_event}), where
 * the case views and e-supervision read every case's history, and reads them back for the
 * case's own view.
 */
@Component
class PenaltyTimeline {

	private static final String SYSTEM = "system";

	/** Actors with no account: the engine and the penalty clock's timers. */
	private static final Set<String> MACHINE_ACTORS = Set.of(SYSTEM, "penalty-clock");

	/** What casework calls the engine on its timeline, so both case views read alike. */
	private static final String MACHINE_NAME = "系统";

	private final PenaltyMapper mapper;

	private final PenaltyClock clock;

	PenaltyTimeline(PenaltyMapper mapper, PenaltyClock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void record(String caseNo, String kind, String actor, String detail) {
		this.mapper.insertEvent(caseNo, now(), kind, (actor != null) ? actor : SYSTEM,
				(detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail);
	}

	/**
	 * The case's timeline, oldest first, in the licensing case's shape so that one
	 * front-end component shows both. The caller has checked that the reader may see the
	 * case.
	 */
	List<TimelineEntry> of(String caseNo) {
		return this.mapper.events(caseNo).stream().map(PenaltyTimeline::entry).toList();
	}

	LocalDateTime now() {
		return this.clock.now();
	}

	private static TimelineEntry entry(PenaltyRecords.Event event) {
		String name = MACHINE_ACTORS.contains(event.actor()) ? MACHINE_NAME : event.actorName();
		return new TimelineEntry(event.eventAt().atZone(PlatformClock.ZONE).toOffsetDateTime(), event.kind(),
				event.actor(), name, event.step(), event.outcome(), event.opinion(), event.detail(), event.anomaly());
	}

}
