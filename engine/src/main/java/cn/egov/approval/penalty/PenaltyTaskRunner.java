package cn.egov.approval.penalty;

import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Completes a penalty case's open user task in the name of the member of staff who did
 * the step: assigned to them (for the audit log and supervision's task facts) with the
 * actor the following service tasks record.
 */
@Component
class PenaltyTaskRunner {

	private final TaskService tasks;

	PenaltyTaskRunner(TaskService tasks) {
		this.tasks = tasks;
	}

	/** The open task of a step, or 409 when the case is not at that step. */
	Task open(PenaltyCase file, String taskKey) {
		Task task = find(file.processInstanceId(), taskKey);
		if (task == null) {
			throw PenaltyRules.conflict("error.penalty.step.not-open", file.caseNo(), taskKey);
		}
		return task;
	}

	boolean isOpen(PenaltyCase file, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(file.processInstanceId())
			.taskDefinitionKey(taskKey)
			.active()
			.count() > 0;
	}

	/** The open task of a step in any instance, or {@code null}. */
	Task find(String processInstanceId, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.active()
			.singleResult();
	}

	void complete(PenaltyCase file, String taskKey, PlatformUser user, Map<String, Object> variables) {
		complete(open(file, taskKey), user, variables);
	}

	void complete(Task task, PlatformUser user, Map<String, Object> variables) {
		this.tasks.setAssignee(task.getId(), user.getUsername());
		Map<String, Object> all = new HashMap<>(variables);
		all.put("actor", user.getUsername());
		this.tasks.complete(task.getId(), all);
	}

}
