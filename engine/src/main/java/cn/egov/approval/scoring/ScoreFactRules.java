package cn.egov.approval.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;

import org.springframework.stereotype.Component;

/**
 * What each supervision fact adds to the rollups: a case recorded is received; accepted
 * at the pre-check or deemed accepted; a case that passes its promised deadline is an
 * open overdue case until it ends; a case decided and closed is completed, on time, early
 * or overdue (see {@link CaseTimings}). Staff rows count the recording clerk's cases
 * received and, for a completed case, every staff member who signed a step of it. The
 * same rules serve the incremental path and the rebuild.
 */
@Component
class ScoreFactRules {

	/**
	 * How a case ends when it was decided (and so counts as completed): a licence granted
	 * or refused, a levy collected or exempted, a penalty imposed (also on the spot) or
	 * decided against. Not accepted, withdrawn, not opened and transferred cases were not
	 * decided by the department.
	 */
	private static final Set<String> COMPLETED_ENDS = Set.of("APPROVED", "REFUSED", "COLLECTED", "EXEMPTED",
			"PENALISED", "PENALISED_ON_THE_SPOT", "NO_PENALTY");

	private static final String PRE_CHECK = "PreCheck";

	private final ScoreMapper mapper;

	private final CaseTimings timings;

	ScoreFactRules(ScoreMapper mapper, CaseTimings timings) {
		this.mapper = mapper;
		this.timings = timings;
	}

	/** The increments of a fact; none for the kinds scores do not count. */
	ScoreDelta of(SupervisionFact fact) {
		ScoreDelta delta = new ScoreDelta();
		String department = fact.departmentCode();
		LocalDate day = day(fact.at());
		switch (fact.kind()) {
			case CASE_STARTED -> delta.add(day, department, null, (t) -> t.received(1));
			case DEEMED_ACCEPTED -> delta.add(day, department, null, (t) -> t.accepted(1));
			case TASK_COMPLETED -> {
				if (PRE_CHECK.equals(fact.step()) && "ACCEPT".equals(fact.get("outcome"))) {
					delta.add(day, department, null, (t) -> t.accepted(1))
						.add(day, department, fact.actor(), (t) -> t.accepted(1));
				}
			}
			case LIMIT_REACHED -> {
				if ("PROMISED".equals(fact.get("limit"))) {
					delta.add(day, department, null, (t) -> t.openOverdue(1));
				}
			}
			case CASE_ENDED -> ended(fact, department, day, delta);
			default -> {
			}
		}
		return delta;
	}

	private void ended(SupervisionFact fact, String department, LocalDate day, ScoreDelta delta) {
		// The case no longer counts as open and overdue in the period it became overdue.
		this.mapper.promisedLimitReached(fact.caseNo())
			.ifPresent((reached) -> delta.add(reached.toLocalDate(), department, null, (t) -> t.openOverdue(-1)));
		if (!COMPLETED_ENDS.contains(fact.get("end"))) {
			return;
		}
		CaseTiming timing = this.timings.of(fact).orElse(null);
		delta.add(day, department, null, (t) -> t.completed(timing));
		List<String> staff = this.mapper.signersOf(fact.caseNo());
		for (String username : staff) {
			delta.add(day, department, username, (t) -> t.completed(timing));
		}
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, PlatformClock.ZONE);
	}

}
