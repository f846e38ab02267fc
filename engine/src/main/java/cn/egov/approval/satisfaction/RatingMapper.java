package cn.egov.approval.satisfaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code case_rating}, and the few facts of a case a rating needs. */
@Mapper
interface RatingMapper {

	Optional<RatedCase> findCase(String caseNo);

	/** The lead department and, for joint cases, every participating one. */
	List<String> findCaseDepartments(String caseNo);

	Optional<String> phoneOf(String username);

	Optional<CaseRating> find(String caseNo);

	Optional<CaseRating> findByProcessInstance(String processInstanceId);

	void insert(CaseRating rating);

	void startFollowUp(@Param("caseNo") String caseNo, @Param("due") LocalDate due,
			@Param("processInstanceId") String processInstanceId);

	void markFollowUpOverdue(String caseNo);

	void recordFollowUp(@Param("caseNo") String caseNo, @Param("callbackNote") String callbackNote,
			@Param("fixNote") String fixNote, @Param("at") LocalDateTime at, @Param("by") String by);

	/** Bad ratings of the given departments, open follow-ups first. */
	List<CaseRating> findFollowUps(@Param("departments") List<String> departments, @Param("status") String status);

}
