package cn.egov.approval.levy;

import java.util.Map;

import cn.egov.approval.fees.FeeCollected;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the ledger takes a levy case's money (at a window or through the e-payment
 * callback), the case's process, waiting at {@code AwaitPayment}, moves on in the same
 * transaction.
 */
@Component
class LevyPayments {

	static final String MESSAGE = "LevyPaid";

	private final RuntimeService runtime;

	LevyPayments(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@EventListener
	void collected(FeeCollected payment) {
		boolean waiting = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(payment.caseNo())
			.messageEventSubscriptionName(MESSAGE)
			.count() > 0;
		if (waiting) {
			this.runtime.createMessageCorrelation(MESSAGE)
				.processInstanceBusinessKey(payment.caseNo())
				.setVariables(Map.of("receiptNo", payment.receiptNo(), "paymentId", payment.paymentId(), "paidAmount",
						payment.amount().toPlainString(), "actor", payment.actor()))
				.correlate();
		}
	}

}
