package cn.egov.approval.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.casework.QueryCodes;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a case's one rating: anonymously with the query code, or by the signed-in
 * applicant on their own case. A bad rating starts {@code rating-follow-up}; every rating
 * is announced as {@link RatingRecorded} in the same transaction.
 */
@Service
@Transactional
public class RatingService {

	static final String FOLLOW_UP_PROCESS = "rating-follow-up";

	static final String FOLLOW_UP_TASK = "Task_FollowUpRating";

	private static final int MAX_COMMENT = 1000;

	private final RatingMapper mapper;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RatingService(RatingMapper mapper, RuntimeService runtime, TaskService tasks, ApplicationEventPublisher events,
			Clock clock) {
		this.mapper = mapper;
		this.runtime = runtime;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A rating with the case's query code, from the portal. A member of staff of the
	 * handling department who is signed in while rating is giving a self-rating.
	 * @param user the signed-in user, or null
	 */
	public RatingView ratePublicly(String caseNo, String queryCode, RatingRequest request, PlatformUser user) {
		RatedCase rated = this.mapper.findCase(caseNo)
			.filter((found) -> QueryCodes.matches(found.queryCode(), queryCode))
			.orElseThrow(() -> new NotFoundException("error.rating.case-unknown"));
		return rate(rated, request, user);
	}

	/** A rating by the signed-in applicant of their own case. */
	public RatingView rateOwnCase(String caseNo, RatingRequest request, PlatformUser user) {
		return rate(ownCase(caseNo, user), request, user);
	}

	/** The rating of a case the anonymous caller holds the query code of, if any. */
	@Transactional(readOnly = true)
	public Optional<RatingView> publicRating(String caseNo, String queryCode) {
		RatedCase rated = this.mapper.findCase(caseNo)
			.filter((found) -> QueryCodes.matches(found.queryCode(), queryCode))
			.orElseThrow(() -> new NotFoundException("error.rating.case-unknown"));
		return this.mapper.find(rated.caseNo()).map(RatingView::of);
	}

	/** The rating of the applicant's own case, if any. */
	@Transactional(readOnly = true)
	public Optional<RatingView> ownRating(String caseNo, PlatformUser user) {
		return this.mapper.find(ownCase(caseNo, user).caseNo()).map(RatingView::of);
	}

	private RatedCase ownCase(String caseNo, PlatformUser user) {
		return this.mapper.findCase(caseNo)
			.filter((found) -> isOwner(user, found))
			.orElseThrow(() -> new NotFoundException("error.rating.case-unknown"));
	}

	private RatingView rate(RatedCase rated, RatingRequest request, PlatformUser user) {
		SatisfactionLevel level = SatisfactionLevel.parse((request != null) ? request.level() : null)
			.orElseThrow(() -> new BadRequestException("error.rating.level"));
		String comment = (request != null) ? blankToNull(request.comment()) : null;
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new BadRequestException("error.rating.comment-too-long", MAX_COMMENT);
		}
		if (!rated.ended()) {
			throw new BadRequestException("error.rating.not-closed");
		}
		if (this.mapper.find(rated.caseNo()).isPresent()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.rating.already");
		}
		Instant now = this.clock.instant();
		boolean selfRating = isHandlingStaff(user, rated);
		String rater = (user != null) ? user.getUsername() : null;
		insert(new CaseRating(rated.caseNo(), rated.departmentCode(), level.name(), comment, rater, selfRating,
				LocalDateTime.ofInstant(now, PlatformClock.ZONE).withNano(0), null, null, false, null, null, null, null,
				null));
		if (level.isBad()) {
			startFollowUp(rated);
		}
		this.events
			.publishEvent(new RatingRecorded(rated.caseNo(), rated.departmentCode(), level, rater, selfRating, now));
		return RatingView.of(this.mapper.find(rated.caseNo()).orElseThrow());
	}

	private void insert(CaseRating rating) {
		try {
			this.mapper.insert(rating);
		}
		catch (DuplicateKeyException ex) {
			// Two ratings of one case at the same moment: the second loses.
			throw new ApiException(HttpStatus.CONFLICT, "error.rating.already");
		}
	}

	private void startFollowUp(RatedCase rated) {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(FOLLOW_UP_PROCESS, rated.caseNo(),
				Map.of("caseNo", rated.caseNo(), "departmentCode", rated.departmentCode()));
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(FOLLOW_UP_TASK)
			.singleResult();
		this.mapper.startFollowUp(rated.caseNo(), TaskDeadlines.lastDay(task), instance.getId());
	}

	private boolean isOwner(PlatformUser user, RatedCase rated) {
		if (!user.hasRole(Role.APPLICANT)) {
			return false;
		}
		return user.getUsername().equals(rated.createdBy()) || this.mapper.phoneOf(user.getUsername())
			.map((phone) -> phone.equals(rated.applicantPhone()))
			.orElse(false);
	}

	private boolean isHandlingStaff(PlatformUser user, RatedCase rated) {
		if (user == null || user.getDepartmentCode() == null
				|| user.getRoles().stream().noneMatch((code) -> Role.fromCode(code).map(Role::isStaff).orElse(false))) {
			return false;
		}
		return this.mapper.findCaseDepartments(rated.caseNo()).contains(user.getDepartmentCode());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
