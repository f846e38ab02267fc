package cn.egov.approval.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.TimeLimit;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.xml.instance.DomElement;

import org.springframework.context.MessageSource;

/**
 * Levy and penalty item processes, derived from their templates on the classpath
 * ({@code processes/levy-standard.bpmn}, {@code processes/penalty-general.bpmn}) instead
 * of being built with the model API as licensing items' are. Their steps are fixed by
 * law, not by the catalog's approval chain (ACL 35 and 45: assessment, the section head's
 * approval of an override, payment notice, demand and surcharge; APL 54-72: opening,
 * investigation, review, notice, hearing, decision, payment), so an item's process is the
 * template with the item's identity and limits. A copy keeps every element id, form,
 * expression, candidate group ({@code ${departmentCode}:role}, the item's department) and
 * outcome/notice declaration that {@code levy/}, {@code penalty/}, e-supervision and the
 * lint rules rely on, and a change to a template reaches the next generation without a
 * second description of the same process. The legal-clock timers on {@code Handling} keep
 * reading the case clock, whose deadlines intake computes from the item's limits (and
 * moves on pauses and extensions); the item's limits are written into the scope's and the
 * timers' names and the process documentation. The simplified penalty procedure stays the
 * shared {@code penalty-simplified}.
 */
final class TemplateItemProcess {

	/** Templates by item kind. */
	static final Map<String, Template> TEMPLATES = Map.of("LEVY",
			new Template("levy-standard", "核定（承诺 %s，法定 %s）", true), "PENALTY",
			new Template("penalty-general", "调查至决定（承诺 %s，法定 90 日）", false));

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->\\s*");

	private static final Map<String, byte[]> TEMPLATE_XML = new ConcurrentHashMap<>();

	private final MessageSource messages;

	TemplateItemProcess(MessageSource messages) {
		this.messages = messages;
	}

	static boolean covers(Item item) {
		return TEMPLATES.containsKey(item.kind());
	}

	BpmnModelInstance derive(Item item, String key) {
		Template template = TEMPLATES.get(item.kind());
		BpmnModelInstance model = Bpmn.readModelFromStream(template(template.key()));
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		process.setId(key);
		process.setName(item.name());
		model.getDefinitions().setId("Definitions_" + key.replace('-', '_'));
		model.getModelElementsByType(BpmnDiagram.class).forEach((diagram) -> diagram.setId("Diagram_" + key));
		model.getModelElementsByType(BpmnPlane.class).forEach((plane) -> plane.setId("Plane_" + key));
		Optional<String> promised = days(item.promisedLimit());
		Optional<String> statutory = days(item.statutoryLimit());
		if (promised.isPresent() && statutory.isPresent()) {
			rename(model, "Handling", template.scopeName().formatted(promised.get(), statutory.get()));
		}
		promised.ifPresent((days) -> rename(model, "PromisedLimitReached", "承诺期限（" + days + "）届满"));
		if (template.statutoryFromItem()) {
			statutory.ifPresent((days) -> rename(model, "StatutoryLimitReached", "法定期限（" + days + "）届满"));
		}
		documentation(model, process, "由事项目录生成：" + item.name() + "（" + item.code() + "），依 " + template.key()
				+ " 模板；承诺期限 " + promised.orElse("未定") + "，法定期限 " + statutory.orElse("未定") + "。");
		return model;
	}

	/** "5 个工作日", "60 个自然日"; empty for a limit the item does not state. */
	private Optional<String> days(TimeLimit limit) {
		if (limit == null || limit.value() == null || limit.unit() == null) {
			return Optional.empty();
		}
		return Optional.of(this.messages.getMessage("error.catalog.unit." + limit.unit(),
				new Object[] { String.valueOf(limit.value()) }, limit.value() + " " + limit.unit(),
				Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * Created through the document so that it takes the template's {@code bpmn:} prefix
	 * and no random id (the model API gives it both), keeping generations comparable.
	 */
	private static void documentation(BpmnModelInstance model, Process process, String text) {
		DomElement documentation = model.getDocument().createElement(BpmnModelConstants.BPMN20_NS, "documentation");
		documentation.setTextContent(text);
		process.getDomElement().insertChildElementAfter(documentation, null);
	}

	private static void rename(BpmnModelInstance model, String id, String name) {
		model.<FlowElement>getModelElementById(id).setName(name);
	}

	/**
	 * The template without its comments, which describe the template, not the item; read
	 * from the classpath once (a template changes only with a new build).
	 */
	private static InputStream template(String key) {
		byte[] xml = TEMPLATE_XML.computeIfAbsent(key, TemplateItemProcess::read);
		return new ByteArrayInputStream(xml);
	}

	private static byte[] read(String key) {
		String resource = "processes/" + key + ".bpmn";
		try (InputStream in = TemplateItemProcess.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The process template " + resource + " is not on the classpath");
			}
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return COMMENT.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param key the template's process key
	 * @param scopeName the name of {@code Handling}, given the promised and statutory
	 * limits
	 * @param statutoryFromItem whether the statutory limit is the item's (a penalty's is
	 * APL 60's 90 days, whatever the item says)
	 */
	record Template(String key, String scopeName, boolean statutoryFromItem) {
	}

}
