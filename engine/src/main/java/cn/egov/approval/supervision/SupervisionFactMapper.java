package cn.egov.approval.supervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code supervision_fact}. */
@Mapper
interface SupervisionFactMapper {

	/** Inserts a fact; fails with a duplicate key if its (source, key) is known. */
	void insert(@Param("fact") FactRow fact, @Param("key") GeneratedKey key);

	List<FactRow> findByCase(@Param("caseNo") String caseNo, @Param("kind") String kind);

	Optional<String> departmentOf(String caseNo);

	/** The users most recently given a step of the case, newest first. */
	List<String> recentAssignees(String caseNo);

	/** A phone number per user that has one. */
	List<String> phonesOf(@Param("usernames") List<String> usernames);

	/** The users of a department with a role. */
	List<String> usersWithRole(@Param("departmentCode") String departmentCode, @Param("roleCode") String roleCode);

	/**
	 * A fact as stored.
	 *
	 * @param id the row id ({@code null} before insert)
	 * @param payload the payload as a JSON object
	 */
	record FactRow(Long id, String source, String factKey, String caseNo, String departmentCode, String itemCode,
			String kind, LocalDateTime occurredAt, LocalDateTime recordedAt, String actor, String step,
			String payload) {
	}

	/** Receives the id the database gave an inserted row. */
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
