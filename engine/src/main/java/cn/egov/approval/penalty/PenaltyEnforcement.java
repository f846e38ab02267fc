package cn.egov.approval.penalty;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.enforcement.EnforcementWindow;
import cn.egov.approval.penalty.PenaltyRecords.Enforcement;
import cn.egov.approval.penalty.PenaltyRequests.EnforcementAnswer;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The section head's or leader's answer once the fine is still unpaid when the
 * enforcement window opens (APL 72; 行政强制法 53, 54): the agency applied to the people's
 * court, on a day within the window, or does not apply, and why (the party has applied
 * for review or sued, the subject of enforcement is gone, the party has paid in full).
 * The answer is kept on the case and its timeline; the fine stays payable either way.
 */
@Service
@Transactional
public class PenaltyEnforcement {

	static final String TASK = "ApplyForEnforcement";

	static final String APPLIED = "APPLIED";

	static final Set<String> OUTCOMES = Set.of(APPLIED, "NOT_APPLIED");

	private final PenaltyAccess access;

	private final PenaltyMapper mapper;

	private final PenaltyTaskRunner tasks;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	PenaltyEnforcement(PenaltyAccess access, PenaltyMapper mapper, PenaltyTaskRunner tasks, PenaltyClock clock,
			PenaltyTimeline timeline) {
		this.access = access;
		this.mapper = mapper;
		this.tasks = tasks;
		this.clock = clock;
		this.timeline = timeline;
	}

	public void answer(String caseNo, EnforcementAnswer answer, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.SECTION_HEAD, Role.LEADER);
		this.tasks.open(file, TASK);
		String outcome = (answer != null) ? answer.outcome() : null;
		if (!OUTCOMES.contains(String.valueOf(outcome))) {
			throw PenaltyRules.invalid("error.penalty.enforcement.outcome", OUTCOMES);
		}
		Enforcement enforcement = APPLIED.equals(outcome) ? applied(file, answer, user)
				: notApplied(file, answer, user);
		this.mapper.setEnforcement(enforcement);
		this.timeline.record(caseNo, "ENFORCEMENT_" + outcome, user.getUsername(), detail(enforcement));
		this.tasks.complete(file, TASK, user, Map.of("enforcementOutcome", outcome));
	}

	private Enforcement applied(PenaltyCase file, EnforcementAnswer answer, PlatformUser user) {
		String court = PenaltyRules.text(answer.court(), "court", 100);
		LocalDate today = this.clock.today();
		LocalDate appliedOn = (answer.appliedOn() != null) ? answer.appliedOn() : today;
		if (appliedOn.isAfter(today)) {
			throw PenaltyRules.invalid("error.penalty.enforcement.applied-on.future", appliedOn.toString());
		}
		EnforcementWindow window = this.clock.enforcementWindow(file);
		if (!window.admits(appliedOn)) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "error.penalty.enforcement.outside-window",
					appliedOn.toString(), window.firstDay().toString(), window.lastDay().toString());
		}
		return new Enforcement(file.caseNo(), APPLIED, court, appliedOn,
				optional(answer.courtReference(), "courtReference", 64), optional(answer.opinion(), "opinion", 2000),
				user.getUsername(), this.clock.now());
	}

	private Enforcement notApplied(PenaltyCase file, EnforcementAnswer answer, PlatformUser user) {
		return new Enforcement(file.caseNo(), "NOT_APPLIED", null, null, null,
				PenaltyRules.text(answer.reason(), "reason", 2000), user.getUsername(), this.clock.now());
	}

	private static String optional(String value, String field, int max) {
		return (value == null || value.isBlank()) ? null : PenaltyRules.text(value, field, max);
	}

	private static String detail(Enforcement enforcement) {
		if (!APPLIED.equals(enforcement.outcome())) {
			return enforcement.opinion();
		}
		String reference = (enforcement.courtReference() != null) ? "，" + enforcement.courtReference() : "";
		return enforcement.appliedOn() + " 向" + enforcement.court() + "申请强制执行" + reference;
	}

}
