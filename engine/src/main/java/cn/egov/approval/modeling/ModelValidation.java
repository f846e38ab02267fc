package cn.egov.approval.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

import org.springframework.stereotype.Component;

/**
 * Checks content before it is saved or deployed: it must parse against its schema and
 * define the resource it is saved under. The project's conventions are checked by the
 * lint rules the engine applies to every deployment.
 */
@Component
class ModelValidation {

	private final ObjectMapper json;

	ModelValidation(ObjectMapper json) {
		this.json = json;
	}

	List<String> problems(ResourceKind kind, String key, String content) {
		List<String> problems = new ArrayList<>();
		try {
			switch (kind) {
				case BPMN -> checkProcess(key, content, problems);
				case DMN -> checkDecision(key, content, problems);
				case FORM -> checkForm(key, content, problems);
			}
		}
		catch (RuntimeException ex) {
			problems.add(firstLine(ex));
		}
		return problems;
	}

	private static void checkProcess(String key, String content, List<String> problems) {
		BpmnModelInstance model = Bpmn.readModelFromStream(stream(content));
		Bpmn.validateModel(model);
		List<String> ids = model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
		if (!ids.contains(key)) {
			problems.add("流程标识应为 " + key + "，文件中为 " + String.join(", ", ids) + " (process id must be " + key + ")");
		}
	}

	private static void checkDecision(String key, String content, List<String> problems) {
		DmnModelInstance model = Dmn.readModelFromStream(stream(content));
		List<String> ids = model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
		if (!ids.contains(key)) {
			problems.add("决策标识应为 " + key + "，文件中为 " + String.join(", ", ids) + " (decision id must be " + key + ")");
		}
	}

	private void checkForm(String key, String content, List<String> problems) {
		try {
			JsonNode form = this.json.readTree(content);
			if (!form.path("components").isArray()) {
				problems.add("表单缺少 components (a form needs components)");
			}
			if (!key.equals(form.path("id").asText())) {
				problems.add("表单标识应为 " + key + " (form id must be " + key + ")");
			}
		}
		catch (java.io.IOException ex) {
			problems.add("表单不是有效的 JSON (not JSON): " + firstLine(ex));
		}
	}

	private static ByteArrayInputStream stream(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	static String firstLine(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return message.lines().findFirst().orElse(message);
	}

}
