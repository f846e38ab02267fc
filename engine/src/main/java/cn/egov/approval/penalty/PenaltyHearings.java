package cn.egov.approval.penalty;

import cn.egov.approval.penalty.PenaltyRecords.Hearing;

import org.springframework.stereotype.Component;

/**
 * The hearing (听证, APL 63-65) as the process runs it: scheduled with its notice and the
 * decision clock paused, then held, after which the clock runs again and the case is one
 * that was heard (so legal review is required).
 */
@Component
class PenaltyHearings {

	private final PenaltyMapper mapper;

	private final PenaltyPauses pauses;

	private final PenaltyNotices notices;

	private final PenaltyTimeline timeline;

	PenaltyHearings(PenaltyMapper mapper, PenaltyPauses pauses, PenaltyNotices notices, PenaltyTimeline timeline) {
		this.mapper = mapper;
		this.pauses = pauses;
		this.notices = notices;
		this.timeline = timeline;
	}

	void schedule(PenaltyCase file, String actor) {
		Hearing hearing = this.mapper.findHearing(file.caseNo()).orElseThrow();
		this.pauses.start(file, "HEARING", "当事人要求听证", actor);
		this.notices.issue(file,
				PenaltyNoticeTexts.hearingNotice(file, hearing.scheduledFor(), hearing.place(), hearing.host()), actor);
		this.mapper.setStage(file.caseNo(), "HEARING");
	}

	void end(PenaltyCase file, String actor) {
		this.pauses.open(file.caseNo(), "HEARING").ifPresent((pause) -> this.pauses.end(file, pause, actor));
		this.mapper.setHeard(file.caseNo());
		this.mapper.setStatementStatus(file.caseNo(), "HEARD");
		this.mapper.setStage(file.caseNo(), "LEGAL_REVIEW");
		this.timeline.record(file.caseNo(), "HEARING_HELD", actor, null);
	}

}
