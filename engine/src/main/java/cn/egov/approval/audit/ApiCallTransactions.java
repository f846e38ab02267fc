package cn.egov.approval.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a state-changing API call's entry in the first read-write transaction the call
 * commits (Spring Boot hands every {@link TransactionExecutionListener} bean to the
 * platform's transaction manager, which Camunda's commands use too): a change committed
 * through the API is never without its entry, and a rolled-back one leaves none from
 * here. {@link AuditRequestFilter} logs the calls that committed nothing, or failed, once
 * answered.
 */
@Component
class ApiCallTransactions implements TransactionExecutionListener {

	/**
	 * Looked up when first needed: the trail needs the transaction manager, which needs
	 * this listener.
	 */
	private final ObjectProvider<AuditTrail> trail;

	ApiCallTransactions(ObjectProvider<AuditTrail> trail) {
		this.trail = trail;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		ApiCall call = ApiCall.current();
		if (call == null || beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
				|| !call.wantsEntry() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		call.entryPending();
		TransactionSynchronizationManager.registerSynchronization(new EntryBeforeCommit(call));
	}

	private final class EntryBeforeCommit implements TransactionSynchronization {

		private final ApiCall call;

		EntryBeforeCommit(ApiCall call) {
			this.call = call;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			ApiCallTransactions.this.trail.getObject().appendInCurrentTransaction(this.call.entry(null));
		}

		@Override
		public void afterCompletion(int status) {
			this.call.transactionEnded(status == STATUS_COMMITTED);
		}

	}

}
