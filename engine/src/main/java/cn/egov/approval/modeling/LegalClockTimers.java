package cn.egov.approval.modeling;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The legal clocks on the timed scope {@code Handling}: non-interrupting timers on the
 * case's stored deadlines (which casework moves on pauses and extensions), each recorded
 * for e-supervision.
 */
final class LegalClockTimers {

	private final BpmnModelInstance model;

	LegalClockTimers(BpmnModelInstance model) {
		this.model = model;
	}

	void add() {
		timer("ReminderDue", "承诺期限前 1 个工作日", "reminderAt", "RecordReminder", "到期提醒", "REMINDER", "ReminderRecorded");
		timer("PromisedLimitReached", "承诺期限届满", "promisedDueAt", "RecordPromisedLimitExceeded", "记录超承诺时限",
				"PROMISED_LIMIT_EXCEEDED", "PromisedLimitExceededRecorded");
		timer("StatutoryLimitReached", "法定期限届满", "statutoryDueAt", "RecordStatutoryLimitExceeded", "记录超法定时限",
				"STATUTORY_LIMIT_EXCEEDED", "StatutoryLimitExceededRecorded");
	}

	private void timer(String id, String name, String deadline, String recordId, String recordName, String kind,
			String endId) {
		SubProcess handling = this.model.getModelElementById("Handling");
		handling.builder()
			.boundaryEvent(id)
			.name(name)
			.cancelActivity(false)
			.timerWithDate("${caseClock." + deadline + "(caseNo)}")
			.serviceTask(recordId)
			.name(recordName)
			.camundaExpression("${licensingSteps.recordClockEvent(execution, '" + kind + "')}")
			.endEvent(endId);
	}

}
