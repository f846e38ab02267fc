package cn.egov.approval.satisfaction;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.egov.approval.clock.PlatformClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * What {@code rating-follow-up}'s service tasks do
 * ({@code ${ratingSteps.recordFollowUp(execution)}}), in the engine's transaction.
 */
@Component("ratingSteps")
public class RatingSteps {

	private final RatingMapper mapper;

	private final Clock clock;

	RatingSteps(RatingMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** The department called the applicant back and fixed what was wrong. */
	public void recordFollowUp(DelegateExecution execution) {
		this.mapper.recordFollowUp(caseNo(execution), (String) execution.getVariable("callbackNote"),
				(String) execution.getVariable("fixNote"),
				LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0),
				(String) execution.getVariable("actor"));
	}

	/** 15 working days passed without a follow-up: recorded; the task stays open. */
	public void recordFollowUpOverdue(DelegateExecution execution) {
		this.mapper.markFollowUpOverdue(caseNo(execution));
	}

	private static String caseNo(DelegateExecution execution) {
		return (String) execution.getVariable("caseNo");
	}

}
