package cn.egov.approval;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.egov.approval.HttpCaller.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small process for tests of the platform itself (clock, databases): a review task with
 * a two-day timer on it, ending in {@code End_Reviewed} or, when the timer fires,
 * {@code End_Overdue}. A support process: no case, so no legal clock and no outcomes
 * (lint/README.md).
 */
public final class ProcessFixtures {

	private static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ClockSmoke"
			    targetNamespace="http://egov.cn/approval/test">
			  <bpmn:process id="clock-smoke" name="Clock smoke test" isExecutable="true"
			      camunda:historyTimeToLive="P1D">
			    <bpmn:extensionElements><camunda:properties>
			      <camunda:property name="processKind" value="support"/>
			    </camunda:properties></bpmn:extensionElements>
			    <bpmn:startEvent id="Start_Case"/>
			    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="Start_Case" targetRef="Task_Review"/>
			    <bpmn:userTask id="Task_Review" name="Review" camunda:candidateGroups="handler"/>
			    <bpmn:boundaryEvent id="Timer_ReviewLimit" attachedToRef="Task_Review">
			      <bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>
			    </bpmn:boundaryEvent>
			    <bpmn:sequenceFlow id="Flow_ToReviewed" sourceRef="Task_Review" targetRef="End_Reviewed"/>
			    <bpmn:endEvent id="End_Reviewed"/>
			    <bpmn:sequenceFlow id="Flow_ToOverdue" sourceRef="Timer_ReviewLimit" targetRef="End_Overdue"/>
			    <bpmn:endEvent id="End_Overdue"/>
			  </bpmn:process>
			</bpmn:definitions>
			""";

	private ProcessFixtures() {
	}

	/**
	 * Deploys {@code clock-smoke} through {@code /engine-rest/deployment/create}, as the
	 * desktop Modeler does.
	 */
	public static void deployClockSmoke(HttpCaller admin) {
		String boundary = "----clock-smoke-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ "clock-smoke\r\n" + "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n" + "--" + boundary
				+ "\r\n" + "Content-Disposition: form-data; name=\"data\"; filename=\"clock-smoke.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + PROCESS + "\r\n" + "--" + boundary + "--\r\n";
		Response deployed = admin.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
				java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
	}

}
