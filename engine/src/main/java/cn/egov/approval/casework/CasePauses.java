package cn.egov.approval.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.notices.SpecialProcedure;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special procedures (特殊程序, ALL 45): while one runs the legal clock stands still; when it
 * ends both deadlines move by the working days it took and the timers are re-armed.
 */
@Service
@Transactional
public class CasePauses {

	private static final int MAX_EXPECTED_DAYS = 250;

	private final CaseMapper mapper;

	private final CaseFiles files;

	private final CaseAccess access;

	private final CaseClock clock;

	private final CaseTimeline timeline;

	private final CaseNotices notices;

	private final ApplicantMessages messages;

	private final RuntimeService runtime;

	CasePauses(CaseMapper mapper, CaseFiles files, CaseAccess access, CaseClock clock, CaseTimeline timeline,
			CaseNotices notices, ApplicantMessages messages, RuntimeService runtime) {
		this.mapper = mapper;
		this.files = files;
		this.access = access;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
		this.messages = messages;
		this.runtime = runtime;
	}

	public CasePause start(String caseNo, PauseRequest request, PlatformUser user) {
		CaseFile file = this.files.lockReadable(caseNo, user);
		requireHandlingStaff(user, file);
		if (file.caseStatus() != CaseStatus.IN_PROGRESS) {
			throw new ApiException(HttpStatus.CONFLICT,
					(file.caseStatus() == CaseStatus.PAUSED) ? "error.pause.already" : "error.pause.not-handling");
		}
		this.clock.requireStatutoryLimitRunning(file, "error.pause.statutory-lapsed");
		List<CaseValidationException.Problem> problems = new java.util.ArrayList<>();
		if (request == null || request.kind() == null
				|| Arrays.stream(SpecialProcedure.values()).noneMatch((kind) -> kind.name().equals(request.kind()))) {
			problems.add(new CaseValidationException.Problem("kind", "error.pause.kind",
					String.valueOf((request != null) ? request.kind() : null)));
		}
		if (request == null || request.reason() == null || request.reason().isBlank()
				|| request.reason().length() > 1000) {
			problems.add(new CaseValidationException.Problem("reason", "error.pause.reason"));
		}
		if (request == null || request.expectedWorkingDays() == null || request.expectedWorkingDays() < 1
				|| request.expectedWorkingDays() > MAX_EXPECTED_DAYS) {
			problems.add(new CaseValidationException.Problem("expectedWorkingDays", "error.pause.expected-days",
					MAX_EXPECTED_DAYS));
		}
		if (!problems.isEmpty()) {
			throw new CaseValidationException(problems);
		}
		CasePause pause = new CasePause(UUID.randomUUID().toString(), caseNo, request.kind(), request.reason().strip(),
				request.expectedWorkingDays(), this.timeline.now(), user.getUsername(), null, null, null);
		this.mapper.insertPause(pause);
		this.mapper.setStatus(caseNo, CaseStatus.PAUSED.name());
		String kindName = SpecialProcedure.valueOf(pause.kind()).chineseName();
		this.timeline.record(caseNo, EventKind.PAUSE_STARTED, user.getUsername(), null, pause.kind(), pause.reason(),
				kindName + "，预计 " + pause.expectedWorkingDays() + " 个工作日", false);
		LocalDate expectedEnd = this.clock.workingDaysAfter(file, pause.startedAt().toLocalDate(),
				pause.expectedWorkingDays());
		this.notices.specialProcedure(file, pause, expectedEnd, user.getUsername());
		this.messages.send(file, "SPECIAL_PROCEDURE", java.util.Map.of("procedure", kindName));
		this.runtime.setVariable(file.processInstanceId(), ProcessVariables.CLOCK_PAUSED, pause.kind());
		this.clock.rearm(this.mapper.find(caseNo).orElseThrow());
		return pause;
	}

	public CasePause end(String caseNo, String pauseId, PlatformUser user) {
		CaseFile file = this.files.lockReadable(caseNo, user);
		requireHandlingStaff(user, file);
		List<CasePause> pauses = this.mapper.findPauses(caseNo);
		CasePause pause = pauses.stream()
			.filter((p) -> p.id().equals(pauseId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.pause.unknown"));
		if (!pause.open()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.pause.ended");
		}
		CasePause ended = new CasePause(pause.id(), caseNo, pause.kind(), pause.reason(), pause.expectedWorkingDays(),
				pause.startedAt(), pause.startedBy(), this.timeline.now(), user.getUsername(), null);
		int paused = this.clock.pausedWorkingDays(file, ended);
		this.mapper.endPause(pause.id(), ended.endedAt(), user.getUsername(), paused);
		CaseClock.Deadlines deadlines = this.clock.store(file);
		this.mapper.setStatus(caseNo, CaseStatus.IN_PROGRESS.name());
		this.runtime.setVariable(file.processInstanceId(), ProcessVariables.CLOCK_PAUSED, null);
		this.timeline.record(caseNo, EventKind.PAUSE_ENDED, user.getUsername(), null, pause.kind(), null,
				"暂停 " + paused + " 个工作日；" + moved("承诺期限", file.promisedDeadline(), deadlines.promised(), paused) + "，"
						+ moved("法定期限", file.statutoryDeadline(), deadlines.statutory(), paused),
				false);
		this.clock.rearm(this.mapper.find(caseNo).orElseThrow());
		return this.mapper.findPauses(caseNo).stream().filter((p) -> p.id().equals(pauseId)).findFirst().orElseThrow();
	}

	/**
	 * What a pause did to one deadline: one that had already lapsed when the pause began
	 * stays where it was (the calendar counts only the paused days before it).
	 */
	private static String moved(String name, LocalDate before, LocalDate after, int paused) {
		return (paused > 0 && after.equals(before)) ? name + " " + after + " 已届满，不顺延" : name + "顺延至 " + after;
	}

	private void requireHandlingStaff(PlatformUser user, CaseFile file) {
		if (!this.access.isLeadStaff(user, file, Role.HANDLER, Role.SECTION_HEAD, Role.DEPUTY_LEADER, Role.LEADER)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.pause.not-allowed");
		}
	}

	/**
	 * @param kind the procedure (HEARING, INSPECTION ...)
	 * @param reason why it is needed, told to the applicant
	 * @param expectedWorkingDays how long it is expected to take
	 */
	public record PauseRequest(String kind, String reason, Integer expectedWorkingDays) {
	}

}
