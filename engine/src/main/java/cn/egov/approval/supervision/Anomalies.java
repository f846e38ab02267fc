package cn.egov.approval.supervision;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features report an anomaly they observe themselves, e.g. the satisfaction
 * feature a rating given by staff of the handling department
 * ({@link AnomalyKind#SELF_RATING}). The report becomes a supervision fact, and the
 * anomaly warning is raised once per case and kind, in the caller's transaction.
 */
@Service
public class Anomalies {

	private final SupervisionFacts facts;

	private final Clock clock;

	Anomalies(SupervisionFacts facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * Reports an anomaly on a case.
	 * @param caseNo the case
	 * @param kind what is wrong
	 * @param detail what happened, in words
	 */
	@Transactional
	public void report(String caseNo, AnomalyKind kind, String detail) {
		report(caseNo, null, kind, detail);
	}

	/**
	 * Reports an anomaly on something that is not a case of this platform's case files,
	 * e.g. a window's day that did not balance, under a key of its own.
	 * @param caseNo the case, or the key the anomaly is raised once for
	 * @param departmentCode the department answerable, or {@code null} to take the case's
	 * @param kind what is wrong
	 * @param detail what happened, in words
	 */
	@Transactional
	public void report(String caseNo, String departmentCode, AnomalyKind kind, String detail) {
		this.facts.record(new SupervisionFact(SupervisionFactSource.ENGINE, "report:" + UUID.randomUUID(), caseNo,
				departmentCode, null, SupervisionFactKind.ANOMALY_REPORTED, this.clock.instant(), null, null,
				Map.of("anomaly", kind.name(), "detail", (detail != null) ? detail : kind.name())));
	}

}
