package cn.egov.approval.supervision.history;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import cn.egov.approval.supervision.WarningProperties;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

import org.springframework.stereotype.Component;

/**
 * Which history events of the licensing processes are supervision facts, and what they
 * say. The element ids are those of {@code processes/licensing-*.bpmn} and
 * {@code processes/penalty-*.bpmn}.
 */
@Component
class HistoryFactMapping {

	/** End events by how the case ended. */
	private static final Map<String, String> ENDS = Map.ofEntries(Map.entry("ClosedApproved", "APPROVED"),
			Map.entry("ClosedRefused", "REFUSED"), Map.entry("NotAccepted", "NOT_ACCEPTED"),
			Map.entry("Withdrawn", "WITHDRAWN"), Map.entry("ClosedCollected", "COLLECTED"),
			Map.entry("ClosedExempted", "EXEMPTED"), Map.entry("NotOpened", "NOT_OPENED"),
			Map.entry("ClosedPenalised", "PENALISED"), Map.entry("ClosedPenalisedOnTheSpot", "PENALISED_ON_THE_SPOT"),
			Map.entry("ClosedNoPenalty", "NO_PENALTY"), Map.entry("Transferred", "TRANSFERRED"));

	/** Service tasks whose start is a fact. */
	private static final Map<String, SupervisionFactKind> STEPS = Map.of("RequestCorrection",
			SupervisionFactKind.CORRECTION_REQUESTED, "DeemAccepted", SupervisionFactKind.DEEMED_ACCEPTED,
			"RejectApplication", SupervisionFactKind.NOT_ACCEPTED, "RecordApproval", SupervisionFactKind.DECIDED,
			"RecordRefusal", SupervisionFactKind.DECIDED);

	private final WarningProperties properties;

	private final HistoryCaseContext context;

	HistoryFactMapping(WarningProperties properties, HistoryCaseContext context) {
		this.properties = properties;
		this.context = context;
	}

	boolean observes(HistoryEvent event) {
		return this.properties.observes(event.getProcessDefinitionKey());
	}

	Optional<SupervisionFact> toFact(HistoryEvent event) {
		if (event instanceof HistoricProcessInstanceEventEntity instance
				&& event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
			return ended(instance);
		}
		if (event instanceof HistoricTaskInstanceEventEntity task) {
			return HistoryTaskFacts.of(task, this.context);
		}
		if (event instanceof HistoricActivityInstanceEventEntity activity) {
			return activity(activity);
		}
		if (event instanceof HistoricVariableUpdateEventEntity variable) {
			return variable(variable);
		}
		return Optional.empty();
	}

	private Optional<SupervisionFact> ended(HistoricProcessInstanceEventEntity event) {
		// A deleted instance (cancelled by an administrator) ended at no activity.
		String end = (event.getEndActivityId() != null) ? ENDS.getOrDefault(event.getEndActivityId(), "OTHER")
				: "OTHER";
		Map<String, String> payload = new HashMap<>();
		payload.put("end", end);
		payload.put("onTheSpot", this.context.variable(event.getProcessInstanceId(), "onTheSpot"));
		return Optional.ofNullable(event.getBusinessKey())
			.map((caseNo) -> this.context.fact("pi:" + event.getProcessInstanceId() + ":end", caseNo, null,
					SupervisionFactKind.CASE_ENDED, null, event.getEndActivityId(), payload));
	}

	private Optional<SupervisionFact> activity(HistoricActivityInstanceEventEntity event) {
		if (!event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
			return event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END) ? extension(event) : Optional.empty();
		}
		if ("startEvent".equals(event.getActivityType())
				&& event.getProcessInstanceId().equals(event.getExecutionId())) {
			return started(event);
		}
		if ("boundaryTimer".equals(event.getActivityType())) {
			return HistoryLimitFacts.of(event, this.context);
		}
		SupervisionFactKind kind = STEPS.get(event.getActivityId());
		if (kind == null) {
			return Optional.empty();
		}
		String pi = event.getProcessInstanceId();
		Map<String, String> payload = new HashMap<>();
		payload.put("reason", this.context.variable(pi, "reason"));
		payload.put("decision", this.context.variable(pi, "decision"));
		payload.put("reasons", this.context.variable(pi, "opinion"));
		payload.put("chain", this.context.variable(pi, "chain"));
		payload.put("onTheSpot", this.context.variable(pi, "onTheSpot"));
		return this.context.caseFact("act:" + event.getId(), pi, kind, this.context.variable(pi, "actor"),
				event.getActivityId(), payload);
	}

	private Optional<SupervisionFact> started(HistoricActivityInstanceEventEntity event) {
		String pi = event.getProcessInstanceId();
		Map<String, String> payload = new HashMap<>();
		payload.put("itemVersion", this.context.variable(pi, "itemVersion"));
		payload.put("processKey", event.getProcessDefinitionKey());
		payload.put("onTheSpot", this.context.variable(pi, "onTheSpot"));
		return this.context.caseFact("pi:" + pi + ":start", pi, SupervisionFactKind.CASE_STARTED,
				this.context.variable(pi, "actor"), null, payload);
	}

	/** The leader's answer to an extension request, once the decision step ran. */
	private Optional<SupervisionFact> extension(HistoricActivityInstanceEventEntity event) {
		String pi = event.getProcessInstanceId();
		if (!"DecideExtension".equals(event.getActivityId())
				|| !"APPROVE".equals(this.context.variable(pi, "outcome"))) {
			return Optional.empty();
		}
		String approver = this.context.variable(pi, "actor");
		return this.context.caseFact("act:" + event.getId() + ":end", pi, SupervisionFactKind.EXTENSION_GRANTED,
				approver, event.getActivityId(), Map.of("approvedBy", (approver != null) ? approver : ""));
	}

	private Optional<SupervisionFact> variable(HistoricVariableUpdateEventEntity event) {
		boolean written = event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
				|| event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
		String value = text(event);
		if (!written || value == null) {
			return Optional.empty();
		}
		String pi = event.getProcessInstanceId();
		// The event itself is never stored, so it has no id: the variable's id and its
		// sequence counter (one higher for every write) tell its writes apart.
		String key = "var:" + event.getVariableInstanceId() + ":" + event.getSequenceCounter();
		return switch (event.getVariableName()) {
			case "feeAmount" -> this.context.caseFact(key, pi, SupervisionFactKind.FEE_ASSESSED,
					this.context.variable(pi, "actor"), null, Map.of("amount", value));
			case "clockPaused" -> this.context.caseFact(key, pi, SupervisionFactKind.PAUSE_STARTED,
					this.context.variable(pi, "actor"), null, Map.of("procedure", value));
			default -> Optional.empty();
		};
	}

	/**
	 * A variable's value as text. Camunda keeps a Double only in its double column (a fee
	 * sent as a JSON number through engine-rest is one), Integer and Long in text too.
	 */
	private static String text(HistoricVariableUpdateEventEntity event) {
		if (event.getTextValue() != null) {
			return event.getTextValue();
		}
		return (event.getDoubleValue() != null) ? BigDecimal.valueOf(event.getDoubleValue()).toPlainString() : null;
	}

}
