package cn.egov.approval.scoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.scoring.ScoreMapper.FeedEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the complaints and satisfaction features tell scores what happened: each call
 * stores the event (so that a rebuild counts it again) and adds it to the rollups, in the
 * caller's transaction. Call each once per complaint filed, complaint closed and rating.
 */
@Service
public class ScoreFeed {

	static final String COMPLAINT_FILED = "COMPLAINT_FILED";

	static final String COMPLAINT_CLOSED = "COMPLAINT_CLOSED";

	static final String RATED = "RATED";

	private final ScoreMapper mapper;

	private final ScoreRollups rollups;

	ScoreFeed(ScoreMapper mapper, ScoreRollups rollups) {
		this.mapper = mapper;
		this.rollups = rollups;
	}

	/**
	 * A complaint against a department was registered.
	 * @param departmentCode the department complained about
	 * @param at when it was registered
	 */
	@Transactional
	public void complaintFiled(String departmentCode, Instant at) {
		record(new FeedEvent(null, COMPLAINT_FILED, departmentCode, local(at), null));
	}

	/**
	 * A complaint against a department was closed (feedback given).
	 * @param departmentCode the department complained about
	 * @param at when it was closed
	 */
	@Transactional
	public void complaintClosed(String departmentCode, Instant at) {
		record(new FeedEvent(null, COMPLAINT_CLOSED, departmentCode, local(at), null));
	}

	/**
	 * An applicant rated a closed case of a department.
	 * @param departmentCode the department that handled the case
	 * @param satisfied whether the rating was 非常满意 or 满意
	 * @param at when it was given
	 */
	@Transactional
	public void rated(String departmentCode, boolean satisfied, Instant at) {
		record(new FeedEvent(null, RATED, departmentCode, local(at), satisfied));
	}

	/** What a stored event adds to the rollups. */
	static ScoreDelta delta(FeedEvent event) {
		ScoreDelta delta = new ScoreDelta();
		return switch (event.kind()) {
			case COMPLAINT_FILED ->
				delta.add(event.occurredAt().toLocalDate(), event.departmentCode(), null, (t) -> t.complaints(1, 0));
			case COMPLAINT_CLOSED ->
				delta.add(event.occurredAt().toLocalDate(), event.departmentCode(), null, (t) -> t.complaints(0, 1));
			case RATED -> delta.add(event.occurredAt().toLocalDate(), event.departmentCode(), null,
					(t) -> t.rated(Boolean.TRUE.equals(event.satisfied())));
			default -> delta;
		};
	}

	private void record(FeedEvent event) {
		Objects.requireNonNull(event.departmentCode(), "departmentCode");
		this.mapper.insertFeedEvent(event);
		this.rollups.apply(delta(event));
	}

	private static LocalDateTime local(Instant at) {
		return LocalDateTime.ofInstant(Objects.requireNonNull(at, "at"), PlatformClock.ZONE).withNano(0);
	}

}
