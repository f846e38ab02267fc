package cn.egov.approval.modeling;

import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * Joint approval (并联审批): every co-department gives its opinion in parallel, each within
 * its own sub-limit, before the lead department's chain signs; as in
 * {@code processes/licensing-joint.bpmn}.
 */
final class JointReview {

	private JointReview() {
	}

	static AbstractFlowNodeBuilder<?, ?> add(AbstractFlowNodeBuilder<?, ?> node) {
		SubProcessBuilder review = node.subProcess("DepartmentReview").name("协办部门并联审查");
		review.multiInstance()
			.camundaCollection("${caseClock.coDepartments(caseNo)}")
			.camundaElementVariable("participantDepartment")
			.multiInstanceDone();
		review.embeddedSubProcess()
			.startEvent("JointStarted")
			.userTask("JointOpinion")
			.name("联合审批意见")
			.camundaCandidateGroups("${participantDepartment}:handler")
			.camundaFormRef("licensing-joint-opinion")
			.camundaFormRefBinding("latest")
			.camundaDueDate("${caseClock.subLimitDueAt(caseNo, participantDepartment)}")
			.endEvent("JointOpinionGiven")
			.moveToActivity("JointOpinion")
			.boundaryEvent("SubLimitReached")
			.name("分时限届满")
			.cancelActivity(false)
			.timerWithDate("${caseClock.subLimitDueAt(caseNo, participantDepartment)}")
			.serviceTask("RecordSubLimitExceeded")
			.name("记录超分时限")
			.camundaExpression("${licensingSteps.recordClockEvent(execution, 'SUB_LIMIT_EXCEEDED')}")
			.endEvent("SubLimitRecorded");
		return review;
	}

}
