package cn.egov.approval.satisfaction;

import java.time.Instant;

/**
 * Published (as a Spring application event) inside the transaction that recorded a case's
 * rating, once per case. Supervision turns a self-rating into an anomaly; scores count
 * ratings and the satisfaction rate.
 *
 * @param caseNo the rated case
 * @param departmentCode the case's (lead) department
 * @param level the rating
 * @param raterUsername the signed-in account that rated, or null for an anonymous rating
 * with the query code
 * @param selfRating whether the rater is staff of the handling department
 * @param ratedAt when it was recorded (the platform clock)
 */
public record RatingRecorded(String caseNo, String departmentCode, SatisfactionLevel level, String raterUsername,
		boolean selfRating, Instant ratedAt) {
}
