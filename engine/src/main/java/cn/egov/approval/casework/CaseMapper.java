package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseMapper {

	void insert(CaseFile caseFile);

	Optional<CaseFile> find(String caseNo);

	/**
	 * The same, with the row locked until commit: every change of a case goes through it.
	 */
	Optional<CaseFile> lock(String caseNo);

	Optional<CaseFile> findByProcessInstance(String processInstanceId);

	/** The same, with the row locked until commit, as {@link #lock(String)}. */
	Optional<CaseFile> lockByProcessInstance(String processInstanceId);

	List<CaseFile> findByProcessInstances(@Param("processInstanceIds") Collection<String> processInstanceIds);

	void setProcessInstance(String caseNo, String processInstanceId);

	void setStatus(String caseNo, String status);

	void accept(String caseNo, LocalDateTime acceptedAt, boolean deemed, LocalDate promisedDeadline,
			LocalDate statutoryDeadline, String status);

	void setDeadlines(String caseNo, LocalDate promisedDeadline, LocalDate statutoryDeadline, int pausedWorkingDays);

	void requestCorrection(String caseNo, LocalDate correctionDeadline);

	void setExtension(String caseNo, int extensionDays, String reason, String extensionStatus, String approvedBy,
			LocalDateTime approvedAt);

	void decide(String caseNo, String decision, LocalDateTime decidedAt, String status);

	void requestFee(String caseNo, BigDecimal amount);

	void recordPayment(String caseNo, String receiptNo, LocalDateTime paidAt);

	void issueCertificate(String caseNo, String certificateNo, LocalDate validFrom, LocalDate validUntil,
			LocalDateTime issuedAt);

	void deliver(String caseNo, String deliveryMethod, LocalDateTime deliveredAt);

	void close(String caseNo, String status, LocalDateTime closedAt);

	List<CaseFile> search(CaseSearch search);

	long count(CaseSearch search);

	void insertParticipant(CaseParticipant participant);

	List<CaseParticipant> findParticipants(String caseNo);

	void setSubDeadline(String caseNo, String departmentCode, LocalDate subDeadline);

	void recordParticipantOpinion(String caseNo, String departmentCode, String outcome, String opinion);

	void insertMaterial(CaseMaterial material);

	List<CaseMaterial> findMaterials(String caseNo);

	Optional<CaseMaterial> findMaterial(String caseNo, String id);

	void insertEvent(CaseEvent event);

	List<CaseEvent> findEvents(String caseNo);

	int countEvents(String caseNo, String kind);

	void insertPause(CasePause pause);

	List<CasePause> findPauses(String caseNo);

	void endPause(String id, LocalDateTime endedAt, String endedBy, int pausedWorkingDays);

	/** Takes the counter row's lock until commit; 0 when the row does not exist yet. */
	int incrementCounter(String departmentCode, LocalDate day);

	void insertCounter(String departmentCode, LocalDate day);

	int currentCounter(String departmentCode, LocalDate day);

	Optional<String> phoneOf(String username);

}
