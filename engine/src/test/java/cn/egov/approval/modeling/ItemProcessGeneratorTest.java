package cn.egov.approval.modeling;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import cn.egov.approval.catalog.DepartmentRef;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.catalog.TimeLimit;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemProcessGeneratorTest {

	private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private final ItemProcessGenerator generator = new ItemProcessGenerator(messages());

	@Test
	void shouldNameTheProcessAfterTheItemAndKeepHistory() {
		BpmnModelInstance model = parse(this.generator.generateXml(item(false, false, List.of())));

		Process process = model.getModelElementById("item-sfx-test-xk-0001");
		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
		assertThat(process.getName()).isEqualTo("测试许可");
	}

	@Test
	void shouldTurnTheApprovalChainIntoOneUserTaskPerRoleAfterThePreCheck() {
		BpmnModelInstance model = this.generator.generate(item(false, false, List.of()));

		List<String> chain = ChainSteps.chainOf(model.<UserTask>getModelElementById("ChainStepHandler"))
			.stream()
			.map(ChainSteps.Step::taskId)
			.toList();
		assertThat(chain).containsExactly("ChainStepHandler", "ChainStepSectionHead", "ChainStepDeputyLeader");
		UserTask head = model.getModelElementById("ChainStepSectionHead");
		assertThat(head.getCamundaCandidateGroups()).isEqualTo("${departmentCode}:section-head");
		assertThat(head.getCamundaFormRef()).isEqualTo("licensing-review");
		assertThat(head.getName()).isEqualTo("科室负责人审核");
		assertThat(targets(model, "DeputyLeaderSigned")).containsExactlyInAnyOrder("HandlingApproved",
				"HandlingRefused", "ChainStepHandler", "ChainStepSectionHead");
		assertThat(targets(model, "HandlerSigned")).containsExactlyInAnyOrder("ChainStepSectionHead",
				"HandlingRefused");
	}

	@Test
	void shouldPutTheLegalClocksOnTheHandlingScope() {
		BpmnModelInstance model = this.generator.generate(item(false, false, List.of()));

		for (String timer : List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached")) {
			BoundaryEvent event = model.getModelElementById(timer);
			assertThat(event.getAttachedTo().getId()).isEqualTo("Handling");
			assertThat(event.cancelActivity()).isFalse();
		}
		assertThat(model.<SubProcess>getModelElementById("ExtensionRequest").triggeredByEvent()).isTrue();
		assertThat(this.generator.generateXml(item(false, false, List.of())))
			.contains("${caseClock.statutoryDueAt(caseNo)}");
	}

	@Test
	void shouldDeclareOutcomesAndTheNoticesTheyRequire() {
		BpmnModelInstance model = this.generator.generate(item(false, false, List.of()));

		assertThat(property(model, "ClosedApproved", "outcome")).isEqualTo("approved");
		assertThat(property(model, "ClosedRefused", "outcome")).isEqualTo("refused");
		assertThat(property(model, "NotAccepted", "outcome")).isEqualTo("not-accepted");
		assertThat(property(model, "Withdrawn", "outcome")).isEqualTo("withdrawn");
		assertThat(property(model, "RecordCertificate", "notice")).isEqualTo("APPROVAL");
		assertThat(property(model, "RecordRefusal", "notice")).isEqualTo("REFUSAL");
		assertThat(property(model, "RejectApplication", "notice")).isEqualTo("NON_ACCEPTANCE");
		assertThat(model.<ExclusiveGateway>getModelElementById("HandlingDecided").getDefault().getTarget().getId())
			.isEqualTo("RecordRefusal");
	}

	@Test
	void shouldAddTheFeeStepOnlyWhenTheItemChargesOne() {
		Fee fee = new Fee("工本费", "每件 10 元", new BigDecimal("10"), null, "财政部文件");
		BpmnModelInstance charged = this.generator.generate(item(false, false, List.of(fee)));
		BpmnModelInstance free = this.generator.generate(item(false, false, List.of()));

		assertThat((Object) charged.getModelElementById("RecordPayment")).isNotNull();
		assertThat((Object) charged.getModelElementById("RequestPayment")).isNotNull();
		assertThat((Object) free.getModelElementById("RecordPayment")).isNull();
		assertThat(targets(free, "IssuanceStarted")).containsExactly("IssueCertificate");
	}

	@Test
	void shouldDecideOnTheSpotItemsAtTheWindow() {
		BpmnModelInstance model = this.generator.generate(item(true, false, List.of()));

		assertThat(targets(model, "DecidedAtWindow")).containsExactlyInAnyOrder("HandlingJoin", "DecisionJoin");
		assertThat((Object) this.generator.generate(item(false, false, List.of())).getModelElementById("DecisionJoin"))
			.isNull();
	}

	@Test
	void shouldReviewJointItemsInTheCoDepartmentsFirst() {
		BpmnModelInstance model = this.generator.generate(item(false, true, List.of()));

		assertThat(targets(model, "HandlingStarted")).containsExactly("DepartmentReview");
		assertThat(targets(model, "DepartmentReview")).containsExactly("ChainStepHandler");
		assertThat(model.<UserTask>getModelElementById("JointOpinion").getCamundaCandidateGroups())
			.isEqualTo("${participantDepartment}:handler");
	}

	@Test
	void shouldGiveEveryElementAReadableIdAndAShapeOrEdge() {
		BpmnModelInstance model = this.generator.generate(item(true, true, List.of()));

		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			assertThat(node.getId()).matches(PASCAL);
			assertThat(model.getModelElementsByType(BpmnShape.class))
				.anyMatch((shape) -> shape.getBpmnElement() == node);
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			assertThat(flow.getId()).startsWith("Flow_");
			assertThat(model.getModelElementsByType(BpmnEdge.class)).anyMatch((edge) -> edge.getBpmnElement() == flow);
		}
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			assertThat(element.getId()).as("id of a %s", element.getElementType().getTypeName())
				.doesNotMatch(".*[0-9a-f]{8}-[0-9a-f]{4}-.*");
		}
	}

	@Test
	void shouldGenerateTheSameXmlTwice() {
		Item item = item(true, true, List.of());

		assertThat(this.generator.generateXml(item)).isEqualTo(this.generator.generateXml(item));
		assertThat(ProcessDiff.between(this.generator.generateXml(item), this.generator.generateXml(item)).isEmpty())
			.isTrue();
	}

	@Test
	void shouldShowWhatAChangedChainChanges() {
		String before = this.generator.generateXml(item(false, false, List.of()));
		String after = this.generator.generateXml(withChain(List.of("clerk", "handler", "leader")));

		ProcessDiff diff = ProcessDiff.between(before, after);

		assertThat(diff.added()).extracting(ProcessDiff.Element::id).contains("ChainStepLeader", "LeaderSigned");
		assertThat(diff.removed()).extracting(ProcessDiff.Element::id)
			.contains("ChainStepSectionHead", "ChainStepDeputyLeader");
		assertThat(diff.changed()).extracting(ProcessDiff.Element::id).contains("HandlerSigned");
		assertThat(diff.xmlDiff()).anyMatch((line) -> line.startsWith("+") && line.contains("ChainStepLeader"));
		assertThat(diff.xmlDiff()).anyMatch((line) -> line.startsWith("@@ -"));
	}

	private static List<String> targets(BpmnModelInstance model, String id) {
		return model.<FlowNode>getModelElementById(id)
			.getOutgoing()
			.stream()
			.map((flow) -> flow.getTarget().getId())
			.toList();
	}

	private static String property(BpmnModelInstance model, String id, String name) {
		return model.<BaseElement>getModelElementById(id)
			.getExtensionElements()
			.getElementsQuery()
			.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
			.singleResult()
			.getCamundaProperties()
			.stream()
			.filter((p) -> p.getCamundaName().equals(name))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElse(null);
	}

	private static BpmnModelInstance parse(String xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Item item(boolean onTheSpot, boolean joint, List<Fee> fees) {
		return item(onTheSpot, joint, fees, List.of("clerk", "handler", "section-head", "deputy-leader"));
	}

	private static Item withChain(List<String> chain) {
		return item(false, false, List.of(), chain);
	}

	private static Item item(boolean onTheSpot, boolean joint, List<Fee> fees, List<String> chain) {
		ProcessParameters parameters = new ProcessParameters(chain,
				joint ? List.of(new ProcessParameters.JointDepartment("SFX-ZRZYJ", 15)) : List.of());
		return new Item("SFX-TEST-XK-0001", "测试许可", "LICENSING", new DepartmentRef("SFX-SCJGJ", "示范县市场监督管理局"), null,
				List.of(), 1, "PUBLISHED", null, new TimeLimit(20, "WORKING_DAYS"), new TimeLimit(10, "WORKING_DAYS"),
				onTheSpot, joint, List.of("ENTERPRISE"), "deputy-leader", null, null, List.of(), fees, List.of(), null,
				parameters, null, null, null, null);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
