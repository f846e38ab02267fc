package cn.egov.approval.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.catalog.DepartmentRef;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.catalog.TimeLimit;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateItemProcessTest {

	private static final List<String> TIMERS = List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached");

	private final ItemProcessGenerator generator = new ItemProcessGenerator(ItemProcessGeneratorTest.messages());

	@Test
	void shouldGenerateALevyItemsProcessWithEveryElementOfTheLevyTemplate() throws IOException {
		BpmnModelInstance model = parse(this.generator.generateXml(levy(5, 10)));

		Process process = model.getModelElementById("item-sfx-zjj-zs-0001");
		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getName()).isEqualTo("城市基础设施配套费征收");
		assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
		assertThat(flowElementIds(model)).isEqualTo(flowElementIds(template("levy-standard")));
		assertThat(model.<UserTask>getModelElementById("Assess").getCamundaCandidateGroups())
			.isEqualTo("${departmentCode}:handler");
		assertThat(model.<UserTask>getModelElementById("ApproveOverride").getCamundaCandidateGroups())
			.isEqualTo("${departmentCode}:section-head");
		assertThat(model.getModelElementsByType(BpmnPlane.class)).singleElement()
			.satisfies((plane) -> assertThat(plane.getBpmnElement()).isSameAs(process));
		assertThat(model.getDefinitions().getId()).isEqualTo("Definitions_item_sfx_zjj_zs_0001");
	}

	@Test
	void shouldNameTheLevyClocksAfterTheItemsLimitsAndKeepReadingTheCaseClock() {
		BpmnModelInstance model = this.generator.generate(levy(5, 10));

		assertLegalClocksOnHandling(model, "caseClock");
		assertThat(name(model, "Handling")).isEqualTo("核定（承诺 5 个工作日，法定 10 个工作日）");
		assertThat(name(model, "PromisedLimitReached")).isEqualTo("承诺期限（5 个工作日）届满");
		assertThat(name(model, "StatutoryLimitReached")).isEqualTo("法定期限（10 个工作日）届满");
		assertThat(documentation(model)).contains("SFX-ZJJ-ZS-0001", "levy-standard", "承诺期限 5 个工作日", "法定期限 10 个工作日");
	}

	@Test
	void shouldGenerateAPenaltyItemsGeneralProcedureFromThePenaltyTemplate() throws IOException {
		BpmnModelInstance model = this.generator.generate(penalty(60));

		assertThat((Object) model.getModelElementById("item-sfx-scjgj-cf-0001")).isInstanceOf(Process.class);
		assertThat(flowElementIds(model)).isEqualTo(flowElementIds(template("penalty-general")))
			.contains("ApproveOpening", "Investigate", "IssuePriorNotice", "HoldHearing", "Decide", "IssueDecision",
					"AwaitPayment", "ClosedPenalised");
		assertLegalClocksOnHandling(model, "penaltyClock");
		assertThat(name(model, "Handling")).isEqualTo("调查至决定（承诺 60 个自然日，法定 90 日）");
		assertThat(name(model, "PromisedLimitReached")).isEqualTo("承诺期限（60 个自然日）届满");
		// APL 60's 90 days, whatever the item states.
		assertThat(name(model, "StatutoryLimitReached")).isEqualTo("90 日决定期限届满");
	}

	@Test
	void shouldLeaveTheTemplatesNamesWhereTheItemStatesNoLimit() {
		Item item = penalty(null);

		BpmnModelInstance model = this.generator.generate(item);

		assertThat(name(model, "Handling")).isEqualTo("调查至决定（90 日计时）");
		assertThat(name(model, "PromisedLimitReached")).isEqualTo("承诺期限届满");
		assertThat(documentation(model)).contains("承诺期限 未定");
	}

	@Test
	void shouldGenerateTheSameXmlTwiceAndShowAChangedLimit() {
		String before = this.generator.generateXml(levy(5, 10));

		assertThat(this.generator.generateXml(levy(5, 10))).isEqualTo(before).doesNotContain("<!--");
		ProcessDiff diff = ProcessDiff.between(before, this.generator.generateXml(levy(3, 10)));
		assertThat(diff.isEmpty()).isFalse();
		assertThat(diff.changed()).extracting(ProcessDiff.Element::id)
			.contains("Handling", "PromisedLimitReached")
			.doesNotContain("StatutoryLimitReached", "Assess");
	}

	private static void assertLegalClocksOnHandling(BpmnModelInstance model, String clock) {
		for (String id : TIMERS) {
			BoundaryEvent timer = model.getModelElementById(id);
			assertThat(timer.getAttachedTo()).isInstanceOf(SubProcess.class);
			assertThat(timer.getAttachedTo().getId()).isEqualTo("Handling");
			assertThat(timer.cancelActivity()).isFalse();
			TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
			assertThat(definition.getTimeDate().getTextContent()).startsWith("${" + clock + ".").endsWith("(caseNo)}");
		}
	}

	private static Set<String> flowElementIds(BpmnModelInstance model) {
		return model.getModelElementsByType(FlowElement.class)
			.stream()
			.map(FlowElement::getId)
			.collect(Collectors.toSet());
	}

	private static String name(BpmnModelInstance model, String id) {
		return model.<FlowElement>getModelElementById(id).getName();
	}

	private static String documentation(BpmnModelInstance model) {
		return model.getModelElementsByType(Process.class)
			.iterator()
			.next()
			.getDocumentations()
			.iterator()
			.next()
			.getTextContent();
	}

	private static BpmnModelInstance template(String key) throws IOException {
		try (InputStream in = TemplateItemProcessTest.class.getResourceAsStream("/processes/" + key + ".bpmn")) {
			return Bpmn.readModelFromStream(in);
		}
	}

	private static BpmnModelInstance parse(String xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Item levy(int promised, int statutory) {
		return item("SFX-ZJJ-ZS-0001", "城市基础设施配套费征收", "LEVY", "SFX-ZJJ", new TimeLimit(promised, "WORKING_DAYS"),
				new TimeLimit(statutory, "WORKING_DAYS"));
	}

	private static Item penalty(Integer promised) {
		return item("SFX-SCJGJ-CF-0001", "对经营超过保质期食品的行政处罚", "PENALTY", "SFX-SCJGJ",
				(promised != null) ? new TimeLimit(promised, "CALENDAR_DAYS") : null,
				new TimeLimit(90, "CALENDAR_DAYS"));
	}

	private static Item item(String code, String name, String kind, String department, TimeLimit promised,
			TimeLimit statutory) {
		return new Item(code, name, kind, new DepartmentRef(department, department), null, List.of(), 1, "PUBLISHED",
				null, statutory, promised, false, false, List.of("ENTERPRISE"), null, null, null, List.of(), List.of(),
				List.of(), null, new ProcessParameters(List.of("handler", "section-head"), List.of()), null, null, null,
				null);
	}

}
