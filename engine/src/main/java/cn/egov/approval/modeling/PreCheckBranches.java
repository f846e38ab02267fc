package cn.egov.approval.modeling;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The pre-check's other answers: non-acceptance, the one-time correction notice with the
 * applicant's supplement (or the lapse when none comes), the pre-check deemed accepted
 * after 5 working days, and for on-the-spot items the decision at the window.
 */
final class PreCheckBranches {

	private static final String STEPS = "${licensingSteps.";

	private final BpmnModelInstance model;

	PreCheckBranches(BpmnModelInstance model) {
		this.model = model;
	}

	void add(boolean onTheSpot) {
		node("PreCheckDecided").builder()
			.condition("不予受理", "${outcome == 'REJECT'}")
			.serviceTask("RejectApplication")
			.name("不予受理")
			.camundaExpression(STEPS + "reject(execution)}")
			.endEvent("NotAccepted")
			.name("不予受理")
			.moveToNode("PreCheckDecided")
			.condition("补正", "${outcome == 'REQUEST_CORRECTION'}")
			.serviceTask("RequestCorrection")
			.name("一次性告知补正")
			.camundaExpression(STEPS + "requestCorrection(execution)}")
			.receiveTask("AwaitSupplement")
			.name("等待补正材料")
			.message("MaterialsSupplemented")
			.connectTo("PreCheckJoin")
			.moveToActivity("AwaitSupplement")
			.boundaryEvent("CorrectionPeriodOver")
			.name("补正期限届满")
			.timerWithDate("${caseClock.correctionDueAt(caseNo)}")
			.serviceTask("CloseUnsupplemented")
			.name("申请终止")
			.camundaExpression(STEPS + "closeUnsupplemented(execution)}")
			.endEvent("Withdrawn")
			.name("未补正终止")
			.moveToActivity("PreCheck")
			.boundaryEvent("PreCheckDeadlinePassed")
			.name("5 个工作日未作决定")
			.timerWithDuration("P5WD")
			.serviceTask("DeemAccepted")
			.name("视为受理")
			.camundaExpression(STEPS + "deemAccepted(execution)}")
			.connectTo("HandlingJoin");
		if (onTheSpot) {
			node("DecidedAtWindow").builder()
				.condition("当场决定", "${outcome == 'APPROVE' || outcome == 'REFUSE'}")
				.connectTo("DecisionJoin");
		}
	}

	private FlowNode node(String id) {
		return this.model.getModelElementById(id);
	}

}
