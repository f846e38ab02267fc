package cn.egov.approval.penalty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Evidence preservations (V16). */
@Mapper
interface PreservationMapper {

	void insert(EvidencePreservation preservation);

	void setProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

	Optional<EvidencePreservation> find(@Param("caseNo") String caseNo, @Param("id") String id);

	List<EvidencePreservation> ofCase(String caseNo);

	void answer(@Param("id") String id, @Param("status") String status, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("opinion") String opinion, @Param("dueDate") LocalDate dueDate);

	void decide(@Param("id") String id, @Param("kind") String kind, @Param("note") String note, @Param("by") String by,
			@Param("at") LocalDateTime at);

	void markOverdue(String id);

}
