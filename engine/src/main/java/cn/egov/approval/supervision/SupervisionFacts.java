package cn.egov.approval.supervision;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.egov.approval.supervision.SupervisionFactMapper.FactRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way into supervision facts, for the engine's history (source ENGINE) and for
 * the data exchange with other departments' systems (source EXCHANGE): a fact is stored
 * once per source and key, in the caller's transaction, and the warnings it calls for are
 * raised in the same transaction. Each new fact is also published as an application event
 * in that transaction (scores keep their rollups from it).
 */
@Service
public class SupervisionFacts {

	/** The key of this transaction's recorded facts among its resources. */
	private static final Object RECORDED = new Object();

	private final SupervisionFactMapper mapper;

	private final WarningRules rules;

	private final SupervisionFactLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupervisionFacts(SupervisionFactMapper mapper, WarningRules rules, SupervisionFactLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = mapper;
		this.rules = rules;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a fact and raises the warnings it calls for.
	 * @param fact the fact; without a department it takes the case's
	 * @return whether it was new (a fact seen before changes nothing)
	 */
	@Transactional
	public boolean record(SupervisionFact fact) {
		if (!recordedInThisTransaction().add(fact.source().name() + ":" + fact.key())) {
			return false;
		}
		SupervisionFact complete = (fact.departmentCode() != null) ? fact : withDepartment(fact);
		FactRow row = new FactRow(null, fact.source().name(), fact.key(), fact.caseNo(), complete.departmentCode(),
				fact.itemCode(), fact.kind().name(), Warnings.local(fact.at()), Warnings.local(this.clock.instant()),
				fact.actor(), fact.step(), this.log.write(fact.payload()));
		SupervisionFactMapper.GeneratedKey key = new SupervisionFactMapper.GeneratedKey();
		try {
			this.mapper.insert(row, key);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.rules.apply(complete, key.getId());
		this.events.publishEvent(complete);
		return true;
	}

	/** The facts of a case, oldest first, optionally of one kind. */
	@Transactional(readOnly = true)
	public List<SupervisionFact> ofCase(String caseNo, SupervisionFactKind kind) {
		return this.log.ofCase(caseNo, kind);
	}

	/**
	 * The facts this transaction already recorded. The engine reports one task's
	 * assignment several times within one command, and asking the database each time cost
	 * more than the fact itself; a fact seen in an earlier transaction (a retried job,
	 * another node, an exchange batch sent again) is kept out by the unique key instead.
	 */
	private static Set<String> recordedInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashSet<>();
		}
		@SuppressWarnings("unchecked")
		Set<String> recorded = (Set<String>) TransactionSynchronizationManager.getResource(RECORDED);
		if (recorded == null) {
			Set<String> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(RECORDED, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RECORDED);
				}
			});
			recorded = fresh;
		}
		return recorded;
	}

	private SupervisionFact withDepartment(SupervisionFact fact) {
		return new SupervisionFact(fact.source(), fact.key(), fact.caseNo(),
				this.mapper.departmentOf(fact.caseNo()).orElse(null), fact.itemCode(), fact.kind(), fact.at(),
				fact.actor(), fact.step(), fact.payload());
	}

}
