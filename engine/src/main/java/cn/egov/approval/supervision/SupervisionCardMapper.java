package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupervisionCardMapper {

	void insert(@Param("card") SupervisionCard card, @Param("key") GeneratedKey key);

	void setCardNo(long id, String cardNo);

	void setProcessInstance(long id, String processInstanceId);

	Optional<SupervisionCard> find(long id);

	/** Takes the card row's lock until commit, so that two actions on one card queue. */
	Optional<SupervisionCard> lock(long id);

	Optional<SupervisionCard> findByWarning(long warningId);

	Optional<SupervisionCard> findByProcessInstance(String processInstanceId);

	/** The card opened for the case's warning of that kind and key, if any. */
	Optional<SupervisionCard> findByWarningKey(@Param("caseNo") String caseNo, @Param("kind") String kind,
			@Param("deadlineKey") String deadlineKey);

	List<SupervisionCard> search(@Param("departments") List<String> departments, @Param("department") String department,
			@Param("status") String status, @Param("level") String level, @Param("limit") int limit);

	void awaitDepartment(long id, LocalDate deadline);

	void recordAnswer(long id, String answer, String explanation, String rectification, String appealReason);

	void awaitReview(long id, boolean escalated);

	void close(long id, CardOutcome outcome, String measures, LocalDateTime closedAt);

	void insertEvent(CardEvent event);

	List<CardEvent> findEvents(long cardId);

	/** The kind of the card's latest history entry, or null. */
	String findLatestEventKind(long cardId);

	void linkNotice(long cardId, String noticeId);

	List<String> findNoticeIds(long cardId);

	/** Receives the id the database generates (records cannot). */
	final class GeneratedKey {

		private Long id;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

	}

}
