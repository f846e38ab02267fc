package cn.egov.approval.supervision.history;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.casework.StepDefinitions;
import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * User tasks as facts: opened, given to someone, signed (who, when, with which outcome
 * and opinion). A chain step carries its role and place in the chain, for the
 * out-of-order and skipped-step checks.
 */
final class HistoryTaskFacts {

	/** The completion fields a signature carries (casework's task form fields). */
	private static final String[] SIGNED = { "outcome", "opinion", "reason", "returnTo" };

	private HistoryTaskFacts() {
	}

	static Optional<SupervisionFact> of(HistoricTaskInstanceEventEntity task, HistoryCaseContext context) {
		String pi = task.getProcessInstanceId();
		String step = task.getTaskDefinitionKey();
		String id = task.getId();
		if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
			return context.caseFact("task:" + id + ":create", pi, SupervisionFactKind.TASK_CREATED, null, step,
					position(task, context));
		}
		if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_UPDATE) && task.getAssignee() != null) {
			return context.caseFact("task:" + id + ":assign:" + task.getAssignee(), pi,
					SupervisionFactKind.TASK_ASSIGNED, task.getAssignee(), step, Map.of());
		}
		// Camunda reports a task cancelled or deleted (process instance modification,
		// a boundary event, deletion) as completed too, with another delete reason: that
		// is no signature.
		if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
				&& TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
			Map<String, String> payload = position(task, context);
			for (String field : SIGNED) {
				payload.put(field, context.variable(task.getExecutionId(), field));
			}
			return context.caseFact("task:" + id + ":complete", pi, SupervisionFactKind.TASK_COMPLETED,
					task.getAssignee(), step, payload);
		}
		return Optional.empty();
	}

	private static Map<String, String> position(HistoricTaskInstanceEventEntity task, HistoryCaseContext context) {
		Map<String, String> payload = new HashMap<>();
		// Generated item processes name one task per chain role (ChainStepSectionHead
		// ...).
		if (StepDefinitions.isChainStep(task.getTaskDefinitionKey())) {
			payload.put("role", context.variable(task.getExecutionId(), "currentRole"));
			payload.put("index", context.variable(task.getExecutionId(), "stepIndex"));
			payload.put("chain", context.variable(task.getExecutionId(), "chain"));
		}
		payload.put("participant", context.variable(task.getExecutionId(), "participantDepartment"));
		return payload;
	}

}
