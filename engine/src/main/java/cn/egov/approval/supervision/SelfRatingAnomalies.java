package cn.egov.approval.supervision;

import cn.egov.approval.satisfaction.RatingRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A rating given by staff of the handling department is an anomaly (S1 11(9)): raised in
 * the transaction that recorded the rating.
 */
@Component
class SelfRatingAnomalies {

	private final Anomalies anomalies;

	SelfRatingAnomalies(Anomalies anomalies) {
		this.anomalies = anomalies;
	}

	@EventListener
	void ratingRecorded(RatingRecorded rating) {
		if (rating.selfRating()) {
			this.anomalies.report(rating.caseNo(), AnomalyKind.SELF_RATING,
					"办件由承办部门工作人员 " + rating.raterUsername() + " 评价为" + rating.level());
		}
	}

}
