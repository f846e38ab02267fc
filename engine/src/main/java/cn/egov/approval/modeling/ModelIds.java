package cn.egov.approval.modeling;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Replaces the fluent builder's random ids with readable, stable ones: flows
 * {@code Flow_Target} (or {@code Flow_SourceToTarget}), messages {@code Message_Name},
 * diagram elements {@code Element_di}. Stable ids are what makes a second generation
 * comparable with the first.
 */
final class ModelIds {

	private static final Pattern RANDOM = Pattern
		.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private ModelIds() {
	}

	static void tidy(BpmnModelInstance model, String processKey) {
		model.getDefinitions().setId("Definitions_" + processKey.replace('-', '_'));
		model.getDefinitions().setTargetNamespace("http://egov.cn/approval/processes");
		Map<String, Long> incoming = model.getModelElementsByType(SequenceFlow.class)
			.stream()
			.collect(Collectors.groupingBy((flow) -> flow.getTarget().getId(), Collectors.counting()));
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			String target = flow.getTarget().getId();
			flow.setId((incoming.get(target) == 1) ? "Flow_" + target
					: "Flow_" + flow.getSource().getId() + "To" + target);
		}
		for (Message message : model.getModelElementsByType(Message.class)) {
			message.setId("Message_" + message.getName());
		}
		for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
			shape.setId(shape.getBpmnElement().getId() + "_di");
		}
		for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
			edge.setId(edge.getBpmnElement().getId() + "_di");
		}
		for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
			diagram.setId("Diagram_" + processKey);
		}
		for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
			plane.setId("Plane_" + processKey);
		}
		renameRemaining(model);
	}

	/** Event definitions and the like: the owning element's id and the kind. */
	private static void renameRemaining(BpmnModelInstance model) {
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			if (element.getId() != null && RANDOM.matcher(element.getId()).matches()) {
				ModelElementInstance parent = element.getParentElement();
				String owner = (parent instanceof BaseElement base) ? base.getId() : "Element";
				String type = element.getElementType().getTypeName();
				String id = owner + "_" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
				int n = 2;
				String unique = id;
				while (model.getModelElementById(unique) != null) {
					unique = id + (n++);
				}
				element.setId(unique);
			}
		}
	}

}
