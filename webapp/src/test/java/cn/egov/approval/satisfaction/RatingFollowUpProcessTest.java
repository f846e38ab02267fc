package cn.egov.approval.satisfaction;

import java.time.LocalDate;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.casework.CaseIntake;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/rating-follow-up.bpmn}: the follow-up done in time, the 15-working-day
 * timer, and the ratings that start none; cases rated on Monday 7 December 2026 (15
 * working days later is Monday 28 December).
 */
@PlatformTest
@RecordApplicationEvents
class RatingFollowUpProcessTest extends SupervisionTest {

	@Autowired
	RatingService ratings;

	@Autowired
	FollowUps followUps;

	@Autowired
	RatingMapper mapper;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ApplicationEvents events;

	@Test
	void shouldGiveTheDepartmentAFollowUpDueInFifteenWorkingDaysAndCloseItWhenDone() {
		CaseIntake.Received closed = this.bed.closedCase();

		RatingView rated = this.ratings.ratePublicly(closed.caseNo(), closed.queryCode(),
				new RatingRequest("不满意", "窗口态度差"), null);

		assertThat(rated.followUp().status()).isEqualTo("OPEN");
		assertThat(rated.followUp().due()).isEqualTo(LocalDate.parse("2026-12-28"));
		ProcessInstance instance = instance(closed.caseNo());
		assertThat(instance).isWaitingAt("Task_FollowUpRating").task().hasCandidateGroup("SFX-SCJGJ:dept-supervisor");

		this.followUps.complete(closed.caseNo(), "已电话回访，申请人表示理解", "对窗口人员进行批评教育", this.bed.user("supervisor"));

		assertThat(instance).hasPassed("Service_RecordFollowUp", "End_FollowedUp").isEnded();
		CaseRating done = this.mapper.find(closed.caseNo()).orElseThrow();
		assertThat(done.followUpStatus()).isEqualTo("DONE");
		assertThat(done.followedUpBy()).isEqualTo("supervisor");
		assertThat(done.followUpOverdue()).isFalse();
	}

	@Test
	void shouldRecordTheOverdueFollowUpAndKeepTheTaskOpen() {
		CaseIntake.Received closed = this.bed.closedCase();
		this.ratings.ratePublicly(closed.caseNo(), closed.queryCode(), new RatingRequest("VERY_DISSATISFIED", null),
				null);
		ProcessInstance instance = instance(closed.caseNo());

		this.bed.passDueDateOf(instance.getId(), "Timer_FollowUpLimit");

		assertThat(instance).hasPassed("Service_RecordFollowUpOverdue", "End_FollowUpOverdueRecorded")
			.isWaitingAt("Task_FollowUpRating");
		assertThat(this.mapper.find(closed.caseNo()).orElseThrow().followUpOverdue()).isTrue();
		this.followUps.complete(closed.caseNo(), "已回访", "已整改", this.bed.user("supervisor"));
		assertThat(instance).isEnded();
	}

	@Test
	void shouldStartNoFollowUpForAGoodRating() {
		CaseIntake.Received closed = this.bed.closedCase();

		RatingView rated = this.ratings.ratePublicly(closed.caseNo(), closed.queryCode(),
				new RatingRequest("基本满意", null), null);

		assertThat(rated.followUp()).isNull();
		assertThat(instanceOrNull(closed.caseNo())).isNull();
		assertThat(this.events.stream(RatingRecorded.class)).singleElement().satisfies((event) -> {
			assertThat(event.level()).isEqualTo(SatisfactionLevel.BASICALLY_SATISFIED);
			assertThat(event.selfRating()).isFalse();
			assertThat(event.raterUsername()).isNull();
			assertThat(event.departmentCode()).isEqualTo("SFX-SCJGJ");
		});
	}

	@Test
	void shouldPublishASelfRatingByStaffOfTheHandlingDepartment() {
		CaseIntake.Received closed = this.bed.closedCase();

		RatingView rated = this.ratings.ratePublicly(closed.caseNo(), closed.queryCode(),
				new RatingRequest("非常满意", null), this.bed.user("clerk"));

		assertThat(rated.selfRating()).isTrue();
		assertThat(this.events.stream(RatingRecorded.class)).singleElement().satisfies((event) -> {
			assertThat(event.selfRating()).isTrue();
			assertThat(event.raterUsername()).isEqualTo("clerk");
			assertThat(event.caseNo()).isEqualTo(closed.caseNo());
		});
	}

	private ProcessInstance instance(String caseNo) {
		ProcessInstance instance = instanceOrNull(caseNo);
		assertThat(instance).as("rating-follow-up of %s", caseNo).isNotNull();
		return instance;
	}

	private ProcessInstance instanceOrNull(String caseNo) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("rating-follow-up")
			.processInstanceBusinessKey(caseNo)
			.singleResult();
	}

}
