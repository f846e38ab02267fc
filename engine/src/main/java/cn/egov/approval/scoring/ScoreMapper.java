package cn.egov.approval.scoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * {@code score_rollup}, {@code score_feed_event}, and what scores read of cases and
 * facts.
 */
@Mapper
interface ScoreMapper {

	/** Adds a tally to a rollup row; 0 when the row does not exist yet. */
	int increment(@Param("key") ScoreDelta.RollupKey key, @Param("t") ScoreTally tally);

	/**
	 * Inserts a rollup row; fails with a duplicate key when another transaction did
	 * first.
	 */
	void insert(@Param("key") ScoreDelta.RollupKey key, @Param("t") ScoreTally tally);

	void deleteAll();

	/** The rollup rows of a period: the departments' own rows, or their staff's. */
	List<RollupRow> rollups(@Param("period") String period, @Param("departments") List<String> departments,
			@Param("staff") boolean staff);

	/** Every rollup row (to compare a rebuild with the incremental path). */
	List<RollupRow> allRollups();

	/** The display names of users. */
	List<NameRow> displayNames(@Param("usernames") List<String> usernames);

	/** Every rollup row of departments over several periods (a trend). */
	List<RollupRow> rollupsIn(@Param("periods") List<String> periods, @Param("departments") List<String> departments);

	Optional<CaseDeadlines> deadlinesOf(String caseNo);

	/** When the case first passed its promised deadline, if it did. */
	Optional<LocalDateTime> promisedLimitReached(String caseNo);

	/** Everyone who signed a step of the case. */
	List<String> signersOf(String caseNo);

	/** Who last held or signed a step of the case up to a fact. */
	Optional<String> holderAt(@Param("caseNo") String caseNo, @Param("factId") long factId);

	Optional<WarningRow> warning(long id);

	/**
	 * Warnings that open cards, in id order, after an id (the rebuild pages through
	 * them).
	 */
	List<WarningRow> cardsAfter(@Param("afterId") long afterId, @Param("limit") int limit);

	/** Facts of the kinds scores count, in id order, after an id. */
	List<FactRow> factsAfter(@Param("afterId") long afterId, @Param("limit") int limit);

	void insertFeedEvent(FeedEvent event);

	List<FeedEvent> feedEvents();

	/**
	 * A rollup row.
	 *
	 * @param staff {@code -} for the department's own row
	 */
	record RollupRow(String period, String departmentCode, String staff, long received, long accepted, long completed,
			long onTime, long early, long overdue, long pastStatutory, long openOverdue, long actualDays,
			long statutoryDays, long yellow, long red, long anomaly, long complaints, long complaintsClosed,
			long ratings, long satisfied) {
	}

	/**
	 * What a case's timing is measured against.
	 *
	 * @param regionCode the case's region (its working-day calendar)
	 * @param promisedDeadline the promised deadline as it stood at the end
	 * @param statutoryDeadline the statutory deadline as it stood at the end
	 * @param acceptedAt when the case was accepted
	 * @param statutoryDays the statutory limit with an approved extension
	 * @param pausedWorkingDays working days the clock was paused
	 */
	record CaseDeadlines(String regionCode, LocalDate promisedDeadline, LocalDate statutoryDeadline,
			LocalDateTime acceptedAt, int statutoryDays, int pausedWorkingDays) {
	}

	/** A user's display name. */
	record NameRow(String username, String displayName) {
	}

	/** A warning as scores count it. */
	record WarningRow(Long id, String caseNo, String departmentCode, String level, LocalDateTime raisedAt,
			Long factId) {
	}

	/** A stored supervision fact. */
	record FactRow(Long id, String source, String factKey, String caseNo, String departmentCode, String itemCode,
			String kind, LocalDateTime occurredAt, String actor, String step, String payload) {
	}

	/**
	 * A complaint filed or closed, or a rating.
	 *
	 * @param kind COMPLAINT_FILED, COMPLAINT_CLOSED or RATED
	 * @param satisfied for a rating, whether it was satisfied; otherwise {@code null}
	 */
	record FeedEvent(Long id, String kind, String departmentCode, LocalDateTime occurredAt, Boolean satisfied) {
	}

}
