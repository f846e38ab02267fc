package cn.egov.approval.modeling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.springframework.stereotype.Component;

/**
 * Start listener of a generated process's chain steps
 * ({@code ${chainSteps.enter(execution)}}): sets the variables casework and e-supervision
 * read of the chain ({@code chain}, {@code stepIndex}, {@code currentRole}) from the
 * model itself, so a chain the reform office changed in the modeler is the chain cases
 * see. The chain is the {@code ChainStep…} user tasks of the scope in the order the flow
 * reaches them; a step's role is its candidate group's role.
 */
@Component("chainSteps")
public class ChainSteps {

	/** Per process definition: the chain's task ids and roles, in order. */
	private final Map<String, List<Step>> chains = new ConcurrentHashMap<>();

	public void enter(DelegateExecution execution) {
		FlowElement task = execution.getBpmnModelElementInstance();
		List<Step> chain = this.chains.computeIfAbsent(execution.getProcessDefinitionId() + "#" + scopeId(task),
				(key) -> chainOf(task));
		int index = 0;
		while (index < chain.size() && !chain.get(index).taskId().equals(task.getId())) {
			index++;
		}
		if (index == chain.size()) {
			throw new IllegalStateException(task.getId() + " is not a chain step of its scope");
		}
		execution.setVariable("chain", String.join(",", chain.stream().map(Step::role).toList()));
		execution.setVariable("stepIndex", index);
		execution.setVariable("currentRole", chain.get(index).role());
	}

	static List<Step> chainOf(FlowElement task) {
		List<Step> steps = new ArrayList<>();
		Deque<FlowNode> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		if (task.getParentElement() instanceof SubProcess scope) {
			scope.getChildElementsByType(StartEvent.class).forEach(queue::add);
		}
		else {
			queue.add((FlowNode) task);
		}
		while (!queue.isEmpty()) {
			FlowNode node = queue.poll();
			if (!seen.add(node.getId())) {
				continue;
			}
			if (node instanceof UserTask user && user.getId().startsWith(ItemProcessGenerator.CHAIN_STEP)) {
				steps.add(new Step(user.getId(), role(user)));
			}
			for (SequenceFlow flow : node.getOutgoing()) {
				queue.add(flow.getTarget());
			}
		}
		return steps;
	}

	/** {@code ${departmentCode}:section-head} → {@code section-head}. */
	static String role(UserTask task) {
		String groups = task.getCamundaCandidateGroups();
		if (groups == null || groups.isBlank()) {
			throw new IllegalStateException(task.getId() + " has no candidate group");
		}
		String first = groups.split(",")[0].strip();
		return first.substring(first.lastIndexOf(':') + 1);
	}

	private static String scopeId(FlowElement task) {
		return (task.getParentElement() instanceof SubProcess scope) ? scope.getId() : "";
	}

	record Step(String taskId, String role) {
	}

}
