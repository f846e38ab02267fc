package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.enforcement.EnforcementWindow;
import cn.egov.approval.penalty.PenaltyRecords.Assessment;
import cn.egov.approval.penalty.PenaltyRecords.Enforcement;
import cn.egov.approval.penalty.PenaltyRecords.Evidence;
import cn.egov.approval.penalty.PenaltyRecords.Hearing;
import cn.egov.approval.penalty.PenaltyRecords.Officer;
import cn.egov.approval.penalty.PenaltyRecords.Pause;
import cn.egov.approval.penalty.PenaltyRecords.Payment;
import cn.egov.approval.penalty.PenaltyRecords.Statement;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Penalty cases and their records (V13, with their case_file rows of V5). */
@Mapper
interface PenaltyMapper {

	void insertCaseFile(NewCase file);

	void insertCase(NewCase file);

	void setProcessInstance(@Param("caseNo") String caseNo, @Param("processInstanceId") String processInstanceId);

	Optional<PenaltyCase> find(String caseNo);

	Optional<PenaltyCase> lock(String caseNo);

	List<PenaltyCase> list(@Param("departments") List<String> departments, @Param("limit") int limit);

	void setStage(@Param("caseNo") String caseNo, @Param("stage") String stage);

	void setCaseStatus(@Param("caseNo") String caseNo, @Param("status") String status);

	void setCaseAccepted(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

	void setCaseDeadlines(@Param("caseNo") String caseNo, @Param("promised") LocalDate promised,
			@Param("statutory") LocalDate statutory);

	void setCaseDecided(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

	void setCaseDelivered(@Param("caseNo") String caseNo, @Param("method") String method,
			@Param("at") LocalDateTime at);

	void setCaseClosed(@Param("caseNo") String caseNo, @Param("status") String status, @Param("at") LocalDateTime at);

	void open(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at, @Param("by") String by);

	void setDeadlines(@Param("caseNo") String caseNo, @Param("pausedDays") int pausedDays,
			@Param("extensionDays") int extensionDays);

	void setExtensionApprovedBy(@Param("caseNo") String caseNo, @Param("by") String by);

	void setAssessment(Assessment assessment);

	void setHeadOutcome(@Param("caseNo") String caseNo, @Param("outcome") String outcome);

	void setLegalReview(@Param("caseNo") String caseNo, @Param("opinion") String opinion, @Param("by") String by);

	void setPriorNotice(@Param("caseNo") String caseNo, @Param("kind") String kind, @Param("fine") BigDecimal fine,
			@Param("at") LocalDateTime at, @Param("statementDue") LocalDate statementDue);

	void setStatementStatus(@Param("caseNo") String caseNo, @Param("status") String status);

	void setHeard(String caseNo);

	void setDecision(@Param("caseNo") String caseNo, @Param("kind") String kind, @Param("fine") BigDecimal fine,
			@Param("at") LocalDateTime at, @Param("by") String by);

	void setDelivery(@Param("caseNo") String caseNo, @Param("method") String method, @Param("at") LocalDateTime at,
			@Param("paymentDue") LocalDate paymentDue);

	void setDemandIssued(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

	void setEnforcementWindow(@Param("caseNo") String caseNo, @Param("window") EnforcementWindow window);

	void setEnforcement(Enforcement enforcement);

	void setPaid(@Param("caseNo") String caseNo, @Param("total") BigDecimal total, @Param("at") LocalDateTime at);

	void close(@Param("caseNo") String caseNo, @Param("outcome") String outcome);

	Optional<Officer> findOfficer(String username);

	void insertOfficer(@Param("officer") Officer officer, @Param("at") LocalDateTime at, @Param("by") String by);

	void addCaseOfficer(@Param("caseNo") String caseNo, @Param("username") String username);

	List<Officer> caseOfficers(String caseNo);

	void insertEvidence(Evidence evidence);

	List<Evidence> evidence(String caseNo);

	void insertStatement(Statement statement);

	List<Statement> statements(String caseNo);

	void insertHearing(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

	void scheduleHearing(@Param("caseNo") String caseNo, @Param("scheduledFor") LocalDateTime scheduledFor,
			@Param("place") String place, @Param("host") String host);

	void holdHearing(@Param("caseNo") String caseNo, @Param("heldAt") LocalDateTime heldAt,
			@Param("record") String record);

	Optional<Hearing> findHearing(String caseNo);

	void insertPause(Pause pause);

	void endPause(@Param("id") String id, @Param("endedAt") LocalDateTime endedAt, @Param("pausedDays") int pausedDays);

	List<Pause> pauses(String caseNo);

	void insertPayment(Payment payment);

	List<Payment> payments(String caseNo);

	void insertEvent(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at, @Param("kind") String kind,
			@Param("actor") String actor, @Param("detail") String detail);

	List<PenaltyRecords.Event> events(String caseNo);

	/**
	 * A new case as filed.
	 *
	 * @param caseNo the case number
	 * @param queryCode the code for look-ups by the party
	 * @param itemCode the penalty item
	 * @param itemVersion its published version
	 * @param itemName its name
	 * @param departmentCode the agency
	 * @param regionCode its region
	 * @param partyName the party (当事人)
	 * @param partyType PERSON or ORGANISATION
	 * @param partyIdNo resident id or unified social credit code
	 * @param partyPhone the party's mobile
	 * @param createdBy the officer who filed it
	 * @param receivedAt when
	 * @param promisedLimitDays the item's promised limit, calendar days
	 * @param statutoryLimitDays the decision limit, calendar days
	 * @param procedureKind SIMPLIFIED or GENERAL
	 * @param legalBasis the legal basis code
	 * @param facts the facts as found
	 * @param stage the first stage
	 * @param status the case_file status
	 */
	record NewCase(String caseNo, String queryCode, String itemCode, int itemVersion, String itemName,
			String departmentCode, String regionCode, String partyName, String partyType, String partyIdNo,
			String partyPhone, String createdBy, LocalDateTime receivedAt, int promisedLimitDays,
			int statutoryLimitDays, String procedureKind, String legalBasis, String facts, String stage,
			String status) {
	}

}
