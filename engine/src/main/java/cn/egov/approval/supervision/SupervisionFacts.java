package cn.egov.approval.supervision;

import java.time.Clock;
import java.util.List;

import cn.egov.approval.supervision.SupervisionFactMapper.FactRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into supervision facts, for the engine's history (source ENGINE) and for
 * the data exchange with other departments' systems (source EXCHANGE): a fact is stored
 * once per source and key, in the caller's transaction, and the warnings it calls for are
 * raised in the same transaction. Each new fact is also published as an application event
 * in that transaction (scores keep their rollups from it).
 */
@Service
public class SupervisionFacts {

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
		if (this.mapper.exists(fact.source().name(), fact.key())) {
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

	private SupervisionFact withDepartment(SupervisionFact fact) {
		return new SupervisionFact(fact.source(), fact.key(), fact.caseNo(),
				this.mapper.departmentOf(fact.caseNo()).orElse(null), fact.itemCode(), fact.kind(), fact.at(),
				fact.actor(), fact.step(), fact.payload());
	}

}
