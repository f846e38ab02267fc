package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code supervision_warning}. */
@Mapper
interface WarningMapper {

	/**
	 * Inserts a warning; fails with a duplicate key when its case, kind and deadline
	 * exist.
	 */
	void insert(@Param("warning") WarningRow warning, @Param("key") SupervisionFactMapper.GeneratedKey key);

	boolean exists(@Param("caseNo") String caseNo, @Param("kind") String kind,
			@Param("deadlineKey") String deadlineKey);

	Optional<WarningRow> find(long id);

	/** Moves the warning to {@code status} if it stands at one of {@code from}. */
	int updateStatus(@Param("id") long id, @Param("from") List<String> from, @Param("status") String status,
			@Param("at") LocalDateTime at, @Param("by") String by);

	List<WarningRow> search(@Param("departments") List<String> departments, @Param("level") String level,
			@Param("status") String status, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
			@Param("limit") int limit);

	List<WarningRow> findByCase(String caseNo);

	/** A warning as stored. */
	record WarningRow(Long id, String caseNo, String departmentCode, String level, String kind, String deadlineKey,
			LocalDate deadline, String detail, Long factId, LocalDateTime raisedAt, String status,
			LocalDateTime statusAt, String statusBy) {
	}

}
