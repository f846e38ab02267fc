package cn.egov.approval.penalty;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Writes a penalty case's steps into the shared case timeline ({@code case_event}), where
 * the case views and e-supervision read every case's history.
 */
@Component
class PenaltyTimeline {

	private final PenaltyMapper mapper;

	private final PenaltyClock clock;

	PenaltyTimeline(PenaltyMapper mapper, PenaltyClock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void record(String caseNo, String kind, String actor, String detail) {
		this.mapper.insertEvent(caseNo, now(), kind, (actor != null) ? actor : "system",
				(detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail);
	}

	LocalDateTime now() {
		return this.clock.now();
	}

}
