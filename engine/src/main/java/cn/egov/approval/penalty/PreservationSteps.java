package cn.egov.approval.penalty;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code processes/penalty-evidence-preservation.bpmn}, in the
 * engine's transaction: the head's answer and the officer's decision, as
 * {@link EvidencePreservations} passed them in the process variables, are written to the
 * preservation and the case's timeline.
 */
@Component("preservationSteps")
public class PreservationSteps {

	/**
	 * The decision limit of APL 56; the process's timer ({@code P7WD}) counts the same
	 * days.
	 */
	static final int DECISION_WORKING_DAYS = 7;

	private final PreservationMapper mapper;

	private final PenaltyMapper cases;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final PenaltyNotices notices;

	private final PenaltyProperties properties;

	private final ApplicationEventPublisher events;

	PreservationSteps(PreservationMapper mapper, PenaltyMapper cases, PenaltyClock clock, PenaltyTimeline timeline,
			PenaltyNotices notices, PenaltyProperties properties, ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.cases = cases;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
		this.properties = properties;
		this.events = events;
	}

	/** Approved: the evidence is preserved and the party given the notice. */
	public void preserve(DelegateExecution execution) {
		EvidencePreservation preservation = find(execution);
		PenaltyCase file = this.cases.find(preservation.caseNo()).orElseThrow();
		LocalDate due = this.clock.workingDaysAfter(file.regionCode(), this.clock.today(), DECISION_WORKING_DAYS);
		this.mapper.answer(preservation.id(), EvidencePreservation.PRESERVED, actor(execution), this.clock.now(),
				opinion(execution), due);
		this.notices.issue(file, PenaltyNoticeTexts.preservation(file,
				this.properties.legalBases().get(file.legalBasis()), preservation, due), actor(execution));
		this.timeline.record(file.caseNo(), "EVIDENCE_PRESERVED", actor(execution), "处理决定期限 " + due);
	}

	public void recordRefusal(DelegateExecution execution) {
		EvidencePreservation preservation = find(execution);
		this.mapper.answer(preservation.id(), EvidencePreservation.REFUSED, actor(execution), this.clock.now(),
				opinion(execution), null);
		this.timeline.record(preservation.caseNo(), "PRESERVATION_REFUSED", actor(execution), opinion(execution));
	}

	public void recordDecision(DelegateExecution execution) {
		EvidencePreservation preservation = find(execution);
		String kind = (String) execution.getVariable("preservationDecision");
		this.mapper.decide(preservation.id(), kind, (String) execution.getVariable("decisionNote"), actor(execution),
				this.clock.now());
		this.timeline.record(preservation.caseNo(), "PRESERVATION_DECIDED", actor(execution), kind);
	}

	/** The limit passed undecided: recorded and reported; the decision stays open. */
	public void recordDecisionOverdue(DelegateExecution execution) {
		EvidencePreservation preservation = find(execution);
		this.mapper.markOverdue(preservation.id());
		this.timeline.record(preservation.caseNo(), "PRESERVATION_DECISION_OVERDUE", "penalty-clock",
				String.valueOf(preservation.dueDate()));
		this.events.publishEvent(new PreservationOverdue(preservation.caseNo(),
				(String) execution.getVariable("departmentCode"), preservation.id(), preservation.dueDate()));
	}

	private EvidencePreservation find(DelegateExecution execution) {
		return this.mapper
			.find((String) execution.getVariable("caseNo"), (String) execution.getVariable("preservationId"))
			.orElseThrow();
	}

	private static String opinion(DelegateExecution execution) {
		return (String) execution.getVariable("opinion");
	}

	private static String actor(DelegateExecution execution) {
		return (String) execution.getVariable("actor");
	}

}
