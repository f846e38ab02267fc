package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import cn.egov.approval.clock.PlatformClock;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What the complaint API answers. */
public final class ComplaintViews {

	private ComplaintViews() {
	}

	static OffsetDateTime offset(LocalDateTime time) {
		return (time != null) ? time.atZone(PlatformClock.ZONE).toOffsetDateTime() : null;
	}

	public record Named(String code, String name) {
	}

	/** One line of a staff list. */
	public record Summary(String complaintNo, String channel, String subject, String status, Named department,
			String caseNo, OffsetDateTime filedAt, LocalDate acceptanceDue, LocalDate handlingDue, boolean overdue,
			boolean escalated) {
	}

	public record Page(List<Summary> items, long total) {
	}

	/**
	 * Everything staff see of a complaint (who complained only where
	 * {@link ComplaintAccess#seesComplainant}), with the steps the caller may take now
	 * ({@code ACCEPT}, {@code REJECT}, {@code ROUTE}, {@code REPORT_RESULT},
	 * {@code RETURN}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Detail(String complaintNo, String channel, String status, String subject, String content,
			String complainantName, String complainantPhone, String caseNo, Named department, String staffName,
			Named bureau, OffsetDateTime filedAt, String filedBy, LocalDate acceptanceDue, boolean acceptanceOverdue,
			boolean escalated, String decisionReason, OffsetDateTime decidedAt, LocalDate handlingDue,
			boolean handlingOverdue, String result, OffsetDateTime closedAt, String rating, String ratingName,
			String ratingComment, List<Event> events, List<String> actions) {
	}

	public record Event(OffsetDateTime at, String kind, String actor, String detail) {
	}

	/**
	 * What the complainant sees with the number and query code: no staff names, no
	 * internal events.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Public(String complaintNo, String subject, String status, String departmentName,
			OffsetDateTime filedAt, LocalDate acceptanceDue, String decisionReason, String result,
			OffsetDateTime closedAt, String rating, String ratingName, boolean ratable) {
	}

}
