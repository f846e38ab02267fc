package cn.egov.approval.casework;

import java.time.LocalDateTime;

/** A special procedure (特殊程序) during which the legal clock stands still. */
record CasePause(String id, String caseNo, String kind, String reason, int expectedWorkingDays, LocalDateTime startedAt,
		String startedBy, LocalDateTime endedAt, String endedBy, Integer pausedWorkingDays) {

	boolean open() {
		return this.endedAt == null;
	}

}
