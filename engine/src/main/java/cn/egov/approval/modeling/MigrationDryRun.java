package cn.egov.approval.modeling;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether one instance could move under a plan. Camunda validates an instance only when
 * it migrates it, so the migration runs in a transaction of its own that is always rolled
 * back: the engine's answer without its effect.
 */
@Component
class MigrationDryRun {

	private final RuntimeService runtime;

	private final TransactionTemplate transactions;

	MigrationDryRun(RuntimeService runtime, PlatformTransactionManager transactionManager) {
		this.runtime = runtime;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	List<String> reasons(MigrationPlan plan, String processInstanceId) {
		List<String> reasons = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			try {
				this.runtime.newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners().execute();
				return List.<String>of();
			}
			catch (MigratingProcessInstanceValidationException ex) {
				return ProcessVersions.reasons(ex.getValidationReport());
			}
		});
		return (reasons != null) ? reasons : List.of();
	}

}
