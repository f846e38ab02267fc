package cn.egov.approval.penalty;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.penalty.PenaltyRecords.Pause;
import cn.egov.approval.penalty.PenaltyRequests.PauseRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time the 90-day limit does not count (APL 60): a hearing (paused by the process), and
 * testing, inspection, appraisal or public notice (paused by the officer). While a pause
 * runs the legal-clock timers wait; when it ends the deadlines move by its calendar days.
 */
@Service
@Transactional
public class PenaltyPauses {

	static final Set<String> OFFICER_KINDS = Set.of("TESTING", "APPRAISAL", "PUBLIC_NOTICE");

	private final PenaltyMapper mapper;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final PenaltyAccess access;

	PenaltyPauses(PenaltyMapper mapper, PenaltyClock clock, PenaltyTimeline timeline, PenaltyAccess access) {
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.access = access;
	}

	/** The officer pauses the clock for testing, appraisal or a public notice. */
	public Pause start(String caseNo, PauseRequest request, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		String kind = PenaltyRules.text((request != null) ? request.kind() : null, "kind", 16);
		if (!OFFICER_KINDS.contains(kind)) {
			throw PenaltyRules.invalid("error.penalty.pause.kind", kind);
		}
		if (file.openedAt() == null || file.decidedAt() != null) {
			throw PenaltyRules.conflict("error.penalty.pause.not-running");
		}
		return start(file, kind, PenaltyRules.text(request.reason(), "reason", 1000), user.getUsername());
	}

	public Pause end(String caseNo, String pauseId, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		Pause pause = this.mapper.pauses(caseNo)
			.stream()
			.filter((p) -> p.id().equals(pauseId) && p.open() && OFFICER_KINDS.contains(p.kind()))
			.findFirst()
			.orElseThrow(() -> PenaltyRules.conflict("error.penalty.pause.unknown", pauseId));
		return end(file, pause, user.getUsername());
	}

	public Pause start(PenaltyCase file, String kind, String reason, String actor) {
		if (this.mapper.pauses(file.caseNo()).stream().anyMatch(Pause::open)) {
			throw PenaltyRules.conflict("error.penalty.pause.running");
		}
		Pause pause = new Pause(UUID.randomUUID().toString(), file.caseNo(), kind, reason, this.clock.now(), null,
				null);
		this.mapper.insertPause(pause);
		this.mapper.setCaseStatus(file.caseNo(), "PAUSED");
		this.clock.rearm(file.caseNo());
		this.timeline.record(file.caseNo(), "PAUSE_STARTED", actor, kind + "：" + reason);
		return pause;
	}

	public Pause end(PenaltyCase file, Pause pause, String actor) {
		LocalDateTime now = this.clock.now();
		int days = PenaltyClock.pausedDays(pause.startedAt(), now);
		this.mapper.endPause(pause.id(), now, days);
		this.mapper.setCaseStatus(file.caseNo(), "IN_PROGRESS");
		this.clock.store(file.caseNo());
		this.clock.rearm(file.caseNo());
		this.timeline.record(file.caseNo(), "PAUSE_ENDED", actor, pause.kind() + "：" + days + " 日不计入办案期限");
		return new Pause(pause.id(), pause.caseNo(), pause.kind(), pause.reason(), pause.startedAt(), now, days);
	}

	/** The open pause of a kind, if any. */
	public java.util.Optional<Pause> open(String caseNo, String kind) {
		return this.mapper.pauses(caseNo).stream().filter((p) -> p.open() && p.kind().equals(kind)).findFirst();
	}

}
