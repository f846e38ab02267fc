package cn.egov.approval.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs every completed user task from the engine's own task events (the Camunda starter
 * publishes them during the engine command), so the entry is written in the engine's
 * transaction, whichever API or timer completed the task: the case number (the process's
 * business key), the step and who completed it.
 */
@Component
class TaskCompletionAuditor {

	static final String TASK_COMPLETED = "TASK_COMPLETED";

	private static final String ENGINE = "engine";

	private final AuditTrail trail;

	TaskCompletionAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void completed(DelegateTask task) {
		if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
			return;
		}
		String caseNo = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		this.trail.record(AuditEntry.of(actor(task), TASK_COMPLETED, caseNo, "task=" + task.getId(), true,
				(task.getName() != null) ? task.getTaskDefinitionKey() + " " + task.getName()
						: task.getTaskDefinitionKey()));
	}

	/** The signed-in user who asked, else the assignee, else the engine (a timer). */
	private static String actor(DelegateTask task) {
		return Callers.current().orElse((task.getAssignee() != null) ? task.getAssignee() : ENGINE);
	}

}
