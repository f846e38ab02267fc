package cn.egov.approval.casework;

import java.util.Map;

import cn.egov.approval.fees.FeeCollected;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A licensing fee taken by a cashier at the central window (集中收费) completes the case's
 * payment step, in the paying transaction: both ways of paying end in the one ledger.
 */
@Component
class LicensingPayments {

	/**
	 * Set when the ledger already holds the payment, so the step does not take it twice.
	 */
	static final String LEDGER_PAYMENT = "ledgerPaymentId";

	private final TaskService tasks;

	private final CaseTimeline timeline;

	LicensingPayments(TaskService tasks, CaseTimeline timeline) {
		this.tasks = tasks;
		this.timeline = timeline;
	}

	@EventListener
	void collected(FeeCollected payment) {
		// Inside an engine command the payment step itself is taking the money: its task
		// is being completed already.
		if (Context.getCommandContext() != null) {
			return;
		}
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(payment.caseNo())
			.taskDefinitionKey("RecordPayment")
			.active()
			.singleResult();
		if (task == null) {
			return;
		}
		Map<String, Object> variables = CaseTasks.fieldVariables(
				Map.of("receiptNo", payment.receiptNo(), "paymentMethod", payment.method().name()),
				this.tasks.getVariables(task.getId(), CaseTasks.FIELDS));
		variables.put(LEDGER_PAYMENT, payment.paymentId());
		variables.put(ProcessVariables.OUTCOME, "PAID");
		variables.put(ProcessVariables.ACTOR, payment.actor());
		this.timeline.record(payment.caseNo(), EventKind.STEP_COMPLETED, payment.actor(), StepDefinitions.PAYMENT,
				"PAID", null, "集中收费窗口收款", false);
		this.tasks.complete(task.getId(), variables);
	}

}
