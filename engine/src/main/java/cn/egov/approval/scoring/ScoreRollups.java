package cn.egov.approval.scoring;

import java.util.Map;

import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.WarningRaised;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the rollups up to date as events arrive, in the transaction that stored the event
 * (the engine's, for a fact from its history): a rolled-back transaction adds nothing,
 * and since facts and warnings are stored once per key, each is counted once.
 */
@Service
class ScoreRollups {

	private final ScoreMapper mapper;

	private final ScoreFactRules facts;

	private final ScoreWarningRules warnings;

	ScoreRollups(ScoreMapper mapper, ScoreFactRules facts, ScoreWarningRules warnings) {
		this.mapper = mapper;
		this.facts = facts;
		this.warnings = warnings;
	}

	/** A new supervision fact, published by {@code SupervisionFacts.record}. */
	@EventListener
	@Transactional
	public void onFact(SupervisionFact fact) {
		apply(this.facts.of(fact));
	}

	/** A new warning, published by {@code Warnings.raise}. */
	@EventListener
	@Transactional
	public void onWarning(WarningRaised raised) {
		this.mapper.warning(raised.warningId()).map(this.warnings::of).ifPresent(this::apply);
	}

	/**
	 * Adds a delta to the rollup rows, creating the rows it is the first to touch. Within
	 * a transaction the deltas are summed and written just before it commits: every case
	 * of a department adds to the same few rows (its month, quarter and year), and a row
	 * updated at the first fact of a long engine transaction would stay locked against
	 * the department's other cases until the end of it.
	 */
	@Transactional
	public void apply(ScoreDelta delta) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(delta);
			return;
		}
		ScoreDelta pending = (ScoreDelta) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			ScoreDelta fresh = new ScoreDelta();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					ScoreDelta summed = (ScoreDelta) TransactionSynchronizationManager
						.unbindResource(ScoreRollups.this);
					write(summed);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ScoreRollups.this);
				}
			});
			pending = fresh;
		}
		pending.addAll(delta);
	}

	private void write(ScoreDelta delta) {
		for (Map.Entry<ScoreDelta.RollupKey, ScoreTally> entry : delta.tallies().entrySet()) {
			if (this.mapper.increment(entry.getKey(), entry.getValue()) > 0) {
				continue;
			}
			try {
				this.mapper.insert(entry.getKey(), entry.getValue());
			}
			catch (DuplicateKeyException ex) {
				// Another transaction created the row first: add to it.
				this.mapper.increment(entry.getKey(), entry.getValue());
			}
		}
	}

}
