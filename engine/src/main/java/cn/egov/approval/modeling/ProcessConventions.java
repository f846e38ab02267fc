package cn.egov.approval.modeling;

import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What the project's lint rules read from an item process: the outcome each closing end
 * event declares, the notice each issuing step declares, and the gateways' default flows.
 */
final class ProcessConventions {

	/** Closing end events and their outcomes. */
	static final Map<String, String> OUTCOMES = Map.of("NotAccepted", "not-accepted", "Withdrawn", "withdrawn",
			"ClosedRefused", "refused", "ClosedApproved", "approved");

	/** Steps that issue a notice, by the notice's type (notices/LicensingNoticeType). */
	static final Map<String, String> NOTICES = Map.of("AcceptApplication", "ACCEPTANCE", "DeemAccepted", "ACCEPTANCE",
			"RequestCorrection", "CORRECTION", "RejectApplication", "NON_ACCEPTANCE", "RecordRefusal", "REFUSAL",
			"RecordCertificate", "APPROVAL", "RequestPayment", "PAYMENT", "DecideExtension", "EXTENSION");

	/** Gateways whose unlabelled branch is the default: gateway → target. */
	private static final Map<String, String> DEFAULTS = Map.of("DecidedAtWindow", "HandlingJoin", "HandlingDecided",
			"RecordRefusal", "FeeDue", "CertificateJoin");

	private ProcessConventions() {
	}

	static void declare(BpmnModelInstance model) {
		OUTCOMES.forEach((id, outcome) -> property(model, id, "outcome", outcome));
		NOTICES.forEach((id, notice) -> property(model, id, "notice", notice));
		DEFAULTS.forEach((gateway, target) -> defaultFlow(model, gateway, target));
	}

	static void property(BpmnModelInstance model, String elementId, String name, String value) {
		BaseElement element = model.getModelElementById(elementId);
		if (element == null) {
			return;
		}
		ExtensionElements extensions = element.getExtensionElements();
		if (extensions == null) {
			extensions = model.newInstance(ExtensionElements.class);
			element.setExtensionElements(extensions);
		}
		CamundaProperties properties = extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (properties == null) {
			properties = extensions.addExtensionElement(CamundaProperties.class);
		}
		CamundaProperty property = model.newInstance(CamundaProperty.class);
		property.setCamundaName(name);
		property.setCamundaValue(value);
		properties.addChildElement(property);
	}

	private static void defaultFlow(BpmnModelInstance model, String gatewayId, String targetId) {
		ExclusiveGateway gateway = model.getModelElementById(gatewayId);
		if (gateway == null) {
			return;
		}
		for (SequenceFlow flow : gateway.getOutgoing()) {
			if (flow.getTarget().getId().equals(targetId)) {
				gateway.setDefault(flow);
				if (flow.getConditionExpression() != null) {
					flow.removeConditionExpression();
				}
			}
		}
	}

}
