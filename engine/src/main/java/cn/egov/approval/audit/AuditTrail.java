package cn.egov.approval.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log. An entry recorded inside a read-write transaction is written
 * just before that transaction commits, on its connection: a rolled-back action leaves no
 * entry, and the chain head's lock is held only for the last moment of the transaction,
 * never while the action itself runs (which could deadlock against the action's own row
 * locks). Outside a transaction (a failed login, an HTTP call's outcome) the entry gets a
 * short transaction of its own.
 */
@Service
public class AuditTrail {

	private final AuditMapper mapper;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditMapper mapper, Clock clock, PlatformTransactionManager transactionManager) {
		this.mapper = mapper;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records an action: with the current transaction if there is a read-write one, else
	 * at once in a transaction of its own.
	 * @param entry what happened
	 */
	public void record(AuditEntry entry) {
		AuditEntry fitted = AuditTexts.fit(entry);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new AppendBeforeCommit(fitted));
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> append(fitted));
		}
	}

	/**
	 * Appends at once on the current transaction's connection; for synchronisations that
	 * run while it commits, where a new synchronisation would no longer be called.
	 */
	void appendInCurrentTransaction(AuditEntry entry) {
		append(AuditTexts.fit(entry));
	}

	/** Takes the chain head's lock, then links and stores the entry. */
	private void append(AuditEntry entry) {
		if (this.mapper.advanceHead() != 1) {
			throw new IllegalStateException("The audit chain head (V8__audit_log.sql) is missing");
		}
		AuditMapper.ChainHead head = this.mapper.head();
		long id = head.lastId();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String hash = AuditChain.hash(head.lastHash(), id, now, entry);
		this.mapper.insert(new AuditRecord(id, now, entry.actor(), entry.action(), entry.caseNo(), entry.objectId(),
				entry.httpMethod(), entry.path(), entry.status(), entry.outcome(), entry.detail(), head.lastHash(),
				hash));
		this.mapper.updateHeadHash(id, hash);
	}

	/**
	 * Runs before MyBatis' own synchronisation releases the session, so the insert goes
	 * out on the transaction's connection.
	 */
	private final class AppendBeforeCommit implements TransactionSynchronization {

		private final AuditEntry entry;

		AppendBeforeCommit(AuditEntry entry) {
			this.entry = entry;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			append(this.entry);
		}

	}

}
