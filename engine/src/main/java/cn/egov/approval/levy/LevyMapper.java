package cn.egov.approval.levy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface LevyMapper {

	Optional<LevyAssessment> find(String caseNo);

	void delete(String caseNo);

	void insert(LevyAssessment assessment);

	void decideOverride(String caseNo, String overrideStatus, String overrideBy);

	void setPayBy(String caseNo, LocalDate payBy);

	void setDemanded(String caseNo, LocalDateTime demandedAt);

	void insertEnforcement(LevyEnforcementDecision decision);

	Optional<LevyEnforcementDecision> findEnforcement(String caseNo);

}
