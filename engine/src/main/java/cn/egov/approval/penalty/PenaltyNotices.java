package cn.egov.approval.penalty;

import java.util.List;

import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;

import org.springframework.stereotype.Component;

/**
 * Issues a penalty document in the agency's name and notes it on the case's timeline.
 */
@Component
class PenaltyNotices {

	private final NoticeService notices;

	private final PenaltyTimeline timeline;

	PenaltyNotices(NoticeService notices, PenaltyTimeline timeline) {
		this.notices = notices;
		this.timeline = timeline;
	}

	StoredNotice issue(PenaltyCase file, PenaltyNotice notice, String actor) {
		StoredNotice stored = this.notices.issue(file.departmentCode(), notice, (actor != null) ? actor : "system");
		this.timeline.record(file.caseNo(), "NOTICE_ISSUED", actor, notice.type().title() + " " + stored.serialNo());
		return stored;
	}

	/** The penalty documents of a case, oldest first. */
	List<StoredNotice> of(String caseNo) {
		return this.notices.findByCase(caseNo)
			.stream()
			.filter((notice) -> notice.type().startsWith("PENALTY_"))
			.toList();
	}

}
