package cn.egov.approval.scoring;

import cn.egov.approval.complaints.ComplaintClosed;
import cn.egov.approval.complaints.ComplaintFiled;
import cn.egov.approval.complaints.ComplaintRouted;
import cn.egov.approval.satisfaction.RatingRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds complaints and ratings into the scores, in the transaction that recorded them. A
 * complaint counts against a department from the moment it is known: at filing when the
 * complainant named it, otherwise when the bureau routes it; it counts as closed for the
 * department that dealt with it. A complaint rejected before naming any department counts
 * for none.
 */
@Component
class ScoreFeedListeners {

	private final ScoreFeed feed;

	ScoreFeedListeners(ScoreFeed feed) {
		this.feed = feed;
	}

	@EventListener
	void complaintFiled(ComplaintFiled filed) {
		if (filed.departmentCode() != null) {
			this.feed.complaintFiled(filed.departmentCode(), filed.filedAt());
		}
	}

	@EventListener
	void complaintRouted(ComplaintRouted routed) {
		if (routed.previousDepartmentCode() == null) {
			this.feed.complaintFiled(routed.departmentCode(), routed.filedAt());
		}
	}

	@EventListener
	void complaintClosed(ComplaintClosed closed) {
		if (closed.departmentCode() != null) {
			this.feed.complaintClosed(closed.departmentCode(), closed.closedAt());
		}
	}

	@EventListener
	void ratingRecorded(RatingRecorded rating) {
		this.feed.rated(rating.departmentCode(), !rating.level().isBad(), rating.ratedAt());
	}

}
