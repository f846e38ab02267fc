package cn.egov.approval.satisfaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;

import cn.egov.approval.clock.PlatformClock;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case's rating as the applicant and staff see it; who rated stays out (an anonymous
 * rating and a signed-in one look alike), a self-rating is flagged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(String caseNo, String departmentCode, SatisfactionLevel level, String levelName,
		String comment, OffsetDateTime ratedAt, boolean selfRating, FollowUp followUp) {

	static RatingView of(CaseRating rating) {
		SatisfactionLevel level = SatisfactionLevel.valueOf(rating.level());
		FollowUp followUp = (rating.followUpStatus() != null)
				? new FollowUp(rating.followUpStatus(), rating.followUpDue(), rating.followUpOverdue(),
						rating.callbackNote(), rating.fixNote(), offset(rating.followedUpAt()), rating.followedUpBy())
				: null;
		return new RatingView(rating.caseNo(), rating.departmentCode(), level, level.chineseName(),
				rating.ratingComment(), offset(rating.ratedAt()), rating.selfRating(), followUp);
	}

	static OffsetDateTime offset(LocalDateTime time) {
		return (time != null) ? time.atZone(PlatformClock.ZONE).toOffsetDateTime() : null;
	}

	/**
	 * The department's follow-up of a bad rating.
	 *
	 * @param status {@code OPEN} or {@code DONE}
	 * @param due the last working day of the 15
	 * @param overdue whether the limit passed before it was done
	 */
	public record FollowUp(String status, LocalDate due, boolean overdue, String callbackNote, String fixNote,
			OffsetDateTime doneAt, String doneBy) {
	}

}
