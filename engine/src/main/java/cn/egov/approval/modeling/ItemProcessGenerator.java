package cn.egov.approval.modeling;

import java.util.List;
import java.util.Locale;

import cn.egov.approval.casework.CaseIntake;
import cn.egov.approval.catalog.Item;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.EmbeddedSubProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Generates an item's process from its catalog entry. Licensing-like items get the
 * licensing template's intake, pre-check, legal clocks, extension, decision, fees and
 * notices, with the item's approval chain as one user task per role; element ids are
 * those of {@code processes/licensing-standard.bpmn}, so casework's API and
 * e-supervision's history handler run the generated process as they run the template.
 * Levy and penalty items get their template with the item's identity and limits
 * ({@link TemplateItemProcess}).
 */
@Component
public class ItemProcessGenerator {

	/**
	 * Process keys of generated processes: {@code item-} and the item code in lower case.
	 */
	public static final String KEY_PREFIX = "item-";

	static final String CHAIN_STEP = "ChainStep";

	private static final String DEPARTMENT = "${departmentCode}:";

	private static final String STEPS = "${licensingSteps.";

	private final MessageSource messages;

	private final TemplateItemProcess templates;

	ItemProcessGenerator(MessageSource messages) {
		this.messages = messages;
		this.templates = new TemplateItemProcess(messages);
	}

	public static String processKey(String itemCode) {
		return KEY_PREFIX + itemCode.toLowerCase(Locale.ROOT);
	}

	/** The item's process as BPMN 2.0 XML with its diagram. */
	public String generateXml(Item item) {
		return Bpmn.convertToString(generate(item));
	}

	public BpmnModelInstance generate(Item item) {
		if (TemplateItemProcess.covers(item)) {
			return this.templates.derive(item, processKey(item.code()));
		}
		List<String> chain = CaseIntake.chainAfterPreCheck(item);
		ProcessBuilder process = Bpmn.createExecutableProcess(processKey(item.code()))
			.name(item.name())
			.camundaHistoryTimeToLiveString("P1825D");
		AbstractFlowNodeBuilder<?, ?> accepted = intake(process);
		if (item.onTheSpot()) {
			accepted = accepted.exclusiveGateway("DecidedAtWindow").name("即办件当场决定？");
		}
		SubProcessBuilder handling = accepted.exclusiveGateway("HandlingJoin").subProcess("Handling").name("审查决定（计时）");
		handlingContent(handling.embeddedSubProcess(), item, chain);
		AbstractFlowNodeBuilder<?, ?> decided = handling;
		if (item.onTheSpot()) {
			decided = decided.exclusiveGateway("DecisionJoin");
		}
		decision(decided, item);
		BpmnModelInstance model = process.done();
		new PreCheckBranches(model).add(item.onTheSpot());
		new LegalClockTimers(model).add();
		extension(model);
		ProcessConventions.declare(model);
		ModelIds.tidy(model, processKey(item.code()));
		return model;
	}

	private static AbstractFlowNodeBuilder<?, ?> intake(ProcessBuilder process) {
		return process.startEvent("ApplicationReceived")
			.name("收到申请")
			.exclusiveGateway("PreCheckJoin")
			.userTask("PreCheck")
			.name("受理审查")
			.camundaCandidateGroups(DEPARTMENT + "clerk")
			.camundaFormRef("licensing-pre-check")
			.camundaFormRefBinding("latest")
			.camundaDueDate("P5WD")
			.exclusiveGateway("PreCheckDecided")
			.name("审查结果")
			.condition("受理", "${outcome == 'ACCEPT' || outcome == 'APPROVE' || outcome == 'REFUSE'}")
			.serviceTask("AcceptApplication")
			.name("受理")
			.camundaExpression(STEPS + "accept(execution)}");
	}

	private void handlingContent(EmbeddedSubProcessBuilder inside, Item item, List<String> chain) {
		AbstractFlowNodeBuilder<?, ?> node = inside.startEvent("HandlingStarted");
		if (item.parallelApproval()) {
			node = JointReview.add(node);
		}
		new ChainTasks(this.messages).add(node, chain);
	}

	private static void decision(AbstractFlowNodeBuilder<?, ?> decided, Item item) {
		AbstractFlowNodeBuilder<?, ?> approved = decided.exclusiveGateway("HandlingDecided")
			.name("决定")
			.condition("准予", "${decision == 'APPROVED'}")
			.serviceTask("RecordApproval")
			.name("准予许可")
			.camundaExpression(STEPS + "approve(execution)}");
		new Issuance(!item.fees().isEmpty()).add(approved)
			.serviceTask("RecordCertificate")
			.name("出具准予许可决定书")
			.camundaExpression(STEPS + "issueCertificate(execution)}")
			.userTask("DeliverCertificate")
			.name("送达")
			.camundaCandidateGroups(DEPARTMENT + "clerk")
			.camundaFormRef("licensing-delivery")
			.camundaFormRefBinding("latest")
			.serviceTask("CloseApproved")
			.name("办结")
			.camundaExpression(STEPS + "close(execution)}")
			.endEvent("ClosedApproved")
			.name("办结（准予）")
			.moveToNode("HandlingDecided")
			.serviceTask("RecordRefusal")
			.name("不予许可决定")
			.camundaExpression(STEPS + "refuse(execution)}")
			.endEvent("ClosedRefused")
			.name("办结（不予许可）");
	}

	/** The non-interrupting extension request inside the timed scope. */
	private static void extension(BpmnModelInstance model) {
		SubProcess handling = model.getModelElementById("Handling");
		handling.builder()
			.embeddedSubProcess()
			.eventSubProcess("ExtensionRequest")
			.name("延期审批")
			.startEvent("ExtensionRequested")
			.name("申请延期")
			.interrupting(false)
			.message("ExtensionRequested")
			.userTask("ApproveExtension")
			.name("延期审批")
			.camundaCandidateGroups(DEPARTMENT + "leader")
			.camundaFormRef("licensing-extension-approval")
			.camundaFormRefBinding("latest")
			.serviceTask("DecideExtension")
			.name("延期决定")
			.camundaExpression(STEPS + "decideExtension(execution)}")
			.endEvent("ExtensionDecided");
	}

}
