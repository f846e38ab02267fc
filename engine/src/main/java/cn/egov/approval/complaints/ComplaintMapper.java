package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * {@code complaint}, its events and number counter, and the case facts a complaint links.
 */
@Mapper
interface ComplaintMapper {

	Optional<Complaint> find(String complaintNo);

	Optional<Complaint> lock(String complaintNo);

	void insert(Complaint complaint);

	void insertEvent(ComplaintEvent event);

	List<ComplaintEvent> findEvents(String complaintNo);

	List<Complaint> search(ComplaintSearch search);

	long count(ComplaintSearch search);

	void setProcess(@Param("complaintNo") String complaintNo, @Param("processInstanceId") String processInstanceId,
			@Param("acceptanceDue") LocalDate acceptanceDue);

	void markAcceptanceOverdue(@Param("complaintNo") String complaintNo, @Param("escalated") boolean escalated);

	void decide(@Param("complaintNo") String complaintNo, @Param("status") String status,
			@Param("reason") String reason, @Param("at") LocalDateTime at, @Param("by") String by);

	void route(@Param("complaintNo") String complaintNo, @Param("departmentCode") String departmentCode,
			@Param("at") LocalDateTime at, @Param("by") String by);

	void setHandlingDue(@Param("complaintNo") String complaintNo, @Param("due") LocalDate due);

	void returnToBureau(String complaintNo);

	void markHandlingOverdue(String complaintNo);

	void recordResult(@Param("complaintNo") String complaintNo, @Param("result") String result,
			@Param("at") LocalDateTime at, @Param("by") String by);

	void close(@Param("complaintNo") String complaintNo, @Param("status") String status, @Param("at") LocalDateTime at);

	void rate(@Param("complaintNo") String complaintNo, @Param("rating") String rating,
			@Param("comment") String comment, @Param("at") LocalDateTime at);

	int incrementCounter(LocalDate day);

	void insertCounter(LocalDate day);

	int currentCounter(LocalDate day);

	Optional<LinkedCase> findCase(String caseNo);

	Optional<String> phoneOf(String username);

}
