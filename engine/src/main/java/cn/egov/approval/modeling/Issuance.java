package cn.egov.approval.modeling;

import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.EmbeddedSubProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * After approval: the fee step when the item charges one (the bill, the payment, its
 * record), then the certificate within its own limit (timer
 * {@code CertificateLimitReached}).
 */
final class Issuance {

	private final boolean fees;

	Issuance(boolean fees) {
		this.fees = fees;
	}

	AbstractFlowNodeBuilder<?, ?> add(AbstractFlowNodeBuilder<?, ?> approved) {
		SubProcessBuilder issuance = approved.subProcess("Issuance").name(this.fees ? "收费制证" : "制证");
		content(issuance.embeddedSubProcess());
		issuance.boundaryEvent("CertificateLimitReached")
			.name("制证期限届满")
			.cancelActivity(false)
			.timerWithDate("${caseClock.certificateDueAt(caseNo)}")
			.serviceTask("RecordCertificateLimitExceeded")
			.name("记录超期制证")
			.camundaExpression("${licensingSteps.recordClockEvent(execution, 'CERTIFICATE_LIMIT_EXCEEDED')}")
			.endEvent("CertificateLimitRecorded");
		return issuance;
	}

	private void content(EmbeddedSubProcessBuilder inside) {
		AbstractFlowNodeBuilder<?, ?> node = inside.startEvent("IssuanceStarted");
		if (this.fees) {
			node = node.exclusiveGateway("FeeDue")
				.name("需收费？")
				.condition("收费", "${feeDue}")
				.serviceTask("RequestPayment")
				.name("开具缴款通知书")
				.camundaExpression("${licensingSteps.requestPayment(execution)}")
				.userTask("RecordPayment")
				.name("收费")
				.camundaCandidateGroups("${departmentCode}:clerk")
				.camundaFormRef("licensing-payment")
				.camundaFormRefBinding("latest")
				.serviceTask("RecordFeePaid")
				.name("登记缴费")
				.camundaExpression("${licensingSteps.recordFeePaid(execution)}")
				.exclusiveGateway("CertificateJoin");
			node.moveToNode("FeeDue").connectTo("CertificateJoin");
			node = node.moveToNode("CertificateJoin");
		}
		node.userTask("IssueCertificate")
			.name("制证")
			.camundaCandidateGroups("${departmentCode}:clerk,${departmentCode}:handler")
			.camundaFormRef("licensing-certificate")
			.camundaFormRefBinding("latest")
			.camundaDueDate("${caseClock.certificateDueAt(caseNo)}")
			.endEvent("CertificateMade");
	}

}
