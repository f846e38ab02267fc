package cn.egov.approval.complaints;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.organisation.Department;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What {@code complaint-handling}'s service tasks do
 * ({@code ${complaintSteps.accept(execution)}} and so on): each changes the complaint row
 * under its lock, writes its events and tells the complainant, in the engine's
 * transaction.
 */
@Component("complaintSteps")
public class ComplaintSteps {

	private final ComplaintMapper mapper;

	private final ComplaintTimeline timeline;

	private final ComplaintMessages messages;

	private final Bureaus bureaus;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	ComplaintSteps(ComplaintMapper mapper, ComplaintTimeline timeline, ComplaintMessages messages, Bureaus bureaus,
			TaskService tasks, ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.timeline = timeline;
		this.messages = messages;
		this.bureaus = bureaus;
		this.tasks = tasks;
		this.events = events;
	}

	/**
	 * 5 working days passed without a decision: recorded, and the acceptance goes up to
	 * the bureau of the region above as well (its supervisors may decide it from now on).
	 */
	public void escalateAcceptance(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		Optional<Department> above = this.bureaus.above(complaint.bureauCode());
		this.mapper.markAcceptanceOverdue(complaint.complaintNo(), above.isPresent());
		this.timeline.record(complaint.complaintNo(), "ACCEPTANCE_OVERDUE", ComplaintTimeline.SYSTEM, null);
		above.ifPresent((bureau) -> {
			Task task = this.tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(ComplaintVariables.ACCEPTANCE_TASK)
				.singleResult();
			if (task != null) {
				this.tasks.addCandidateGroup(task.getId(), Bureaus.group(bureau.code()));
			}
			this.timeline.record(complaint.complaintNo(), "ESCALATED", ComplaintTimeline.SYSTEM, bureau.name());
		});
	}

	public void accept(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		this.mapper.decide(complaint.complaintNo(), Complaint.ACCEPTED, text(execution, ComplaintVariables.REASON),
				this.timeline.now(), actor(execution));
		this.timeline.record(complaint.complaintNo(), "ACCEPTED", actor(execution),
				text(execution, ComplaintVariables.REASON));
	}

	/**
	 * Rejected with reasons: the complainant is told why, and the complaint is closed.
	 */
	public void reject(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		String reason = text(execution, ComplaintVariables.REASON);
		LocalDateTime now = this.timeline.now();
		this.mapper.decide(complaint.complaintNo(), Complaint.REJECTED, reason, now, actor(execution));
		this.mapper.close(complaint.complaintNo(), Complaint.REJECTED, now);
		this.timeline.record(complaint.complaintNo(), "REJECTED", actor(execution), reason);
		this.messages.rejected(complaint, reason);
		publishClosed(complaint, complaint.departmentCode(), Complaint.REJECTED, now);
	}

	public void route(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		String department = text(execution, ComplaintVariables.DEPARTMENT);
		LocalDateTime routedAt = this.timeline.now();
		this.mapper.route(complaint.complaintNo(), department, routedAt, actor(execution));
		this.events.publishEvent(new ComplaintRouted(complaint.complaintNo(), department, complaint.departmentCode(),
				instant(complaint.filedAt()), instant(routedAt)));
		String note = text(execution, "note");
		this.timeline.record(complaint.complaintNo(), "ROUTED", actor(execution),
				department + "，" + execution.getVariable(ComplaintVariables.HANDLING_DAYS) + " 个工作日"
						+ ((note != null) ? "；" + note : ""));
	}

	/** The department says the complaint is not its business: back to the bureau. */
	public void returnToBureau(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		this.mapper.returnToBureau(complaint.complaintNo());
		this.timeline.record(complaint.complaintNo(), "RETURNED", actor(execution),
				text(execution, ComplaintVariables.REASON));
	}

	public void recordHandlingOverdue(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		this.mapper.markHandlingOverdue(complaint.complaintNo());
		this.timeline.record(complaint.complaintNo(), "HANDLING_OVERDUE", ComplaintTimeline.SYSTEM,
				complaint.departmentCode());
	}

	public void recordResult(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		String result = text(execution, ComplaintVariables.RESULT);
		this.mapper.recordResult(complaint.complaintNo(), result, this.timeline.now(), actor(execution));
		this.timeline.record(complaint.complaintNo(), "RESULT_REPORTED", actor(execution), result);
	}

	/** The result goes to the complainant; the complaint is closed as handled. */
	public void sendFeedback(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		LocalDateTime now = this.timeline.now();
		this.mapper.close(complaint.complaintNo(), Complaint.HANDLED, now);
		this.timeline.record(complaint.complaintNo(), "FEEDBACK_SENT", ComplaintTimeline.SYSTEM, null);
		this.messages.feedback(complaint, complaint.result());
		publishClosed(complaint, complaint.departmentCode(), Complaint.HANDLED, now);
	}

	public void recordRating(DelegateExecution execution) {
		Complaint complaint = lock(execution);
		String level = text(execution, ComplaintVariables.LEVEL);
		this.mapper.rate(complaint.complaintNo(), level, text(execution, ComplaintVariables.COMMENT),
				this.timeline.now());
		this.timeline.record(complaint.complaintNo(), "RATED", ComplaintTimeline.PUBLIC, level);
	}

	public void closeRating(DelegateExecution execution) {
		this.timeline.record(lock(execution).complaintNo(), "RATING_PERIOD_OVER", ComplaintTimeline.SYSTEM, null);
	}

	private void publishClosed(Complaint complaint, String department, String outcome, LocalDateTime closedAt) {
		this.events.publishEvent(new ComplaintClosed(complaint.complaintNo(), department, outcome,
				instant(complaint.filedAt()), instant(closedAt), complaint.overdue()));
	}

	private Complaint lock(DelegateExecution execution) {
		return this.mapper.lock(text(execution, ComplaintVariables.COMPLAINT_NO)).orElseThrow();
	}

	private static String actor(DelegateExecution execution) {
		String actor = text(execution, ComplaintVariables.ACTOR);
		return (actor != null) ? actor : ComplaintTimeline.SYSTEM;
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	private static Instant instant(LocalDateTime time) {
		return time.atZone(PlatformClock.ZONE).toInstant();
	}

}
