package cn.egov.approval.modeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

import org.springframework.context.MessageSource;

/**
 * The approval chain as one user task per role: each signs APPROVE (on to the next, or
 * out approved after the last), REFUSE (out refused) or RETURN to an earlier step. A
 * start listener ({@link ChainSteps}) keeps casework's chain variables in step with the
 * tasks.
 */
final class ChainTasks {

	private final MessageSource messages;

	ChainTasks(MessageSource messages) {
		this.messages = messages;
	}

	void add(AbstractFlowNodeBuilder<?, ?> start, List<String> chain) {
		List<String> tasks = taskIds(chain);
		AbstractFlowNodeBuilder<?, ?> node = start;
		for (int i = 0; i < chain.size(); i++) {
			String name = stepName(chain.get(i));
			node = node.userTask(tasks.get(i))
				.name(name)
				.camundaCandidateGroups("${departmentCode}:" + chain.get(i))
				.camundaFormRef("licensing-review")
				.camundaFormRefBinding("latest")
				.camundaDueDate("${caseClock.promisedDueAt(caseNo)}")
				.camundaExecutionListenerExpression("start", "${chainSteps.enter(execution)}")
				.exclusiveGateway(signed(tasks.get(i)))
				.name(name + "意见")
				.condition("同意", "${outcome == 'APPROVE'}");
		}
		node.endEvent("HandlingApproved")
			.name("准予")
			.camundaExecutionListenerExpression("start", "${execution.setVariable('decision', 'APPROVED')}");
		for (int i = 0; i < chain.size(); i++) {
			AbstractFlowNodeBuilder<?, ?> gateway = node.moveToNode(signed(tasks.get(i)))
				.condition("不予许可", "${outcome == 'REFUSE'}");
			if (i == 0) {
				gateway.endEvent("HandlingRefused")
					.name("不予许可")
					.camundaExecutionListenerExpression("start", "${execution.setVariable('decision', 'REFUSED')}");
			}
			else {
				gateway.connectTo("HandlingRefused");
			}
			for (int earlier = 0; earlier < i; earlier++) {
				node.moveToNode(signed(tasks.get(i)))
					.condition("退回" + stepName(chain.get(earlier)),
							"${outcome == 'RETURN' && returnTo == '" + chain.get(earlier) + "'}")
					.connectTo(tasks.get(earlier));
			}
		}
	}

	/** {@code ChainStepSectionHead}; a role signing twice gets a number. */
	static List<String> taskIds(List<String> chain) {
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String role : chain) {
			String id = ItemProcessGenerator.CHAIN_STEP + pascal(role);
			int n = 2;
			String unique = id;
			while (!seen.add(unique)) {
				unique = id + (n++);
			}
			ids.add(unique);
		}
		return ids;
	}

	private static String signed(String taskId) {
		return taskId.substring(ItemProcessGenerator.CHAIN_STEP.length()) + "Signed";
	}

	private String stepName(String role) {
		return this.messages.getMessage("casework.step." + role, null, role, Locale.SIMPLIFIED_CHINESE);
	}

	static String pascal(String code) {
		StringBuilder out = new StringBuilder();
		for (String word : code.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return out.toString();
	}

}
