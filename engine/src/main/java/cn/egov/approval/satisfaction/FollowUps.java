package cn.egov.approval.satisfaction;

import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups of bad ratings: the department supervisors of the rated case's department
 * call the applicant back and record the fix; the bureau watches its region's.
 */
@Service
@Transactional
public class FollowUps {

	private static final int MAX_NOTE = 1000;

	private final RatingMapper mapper;

	private final SupervisedScope scope;

	private final TaskService tasks;

	FollowUps(RatingMapper mapper, SupervisedScope scope, TaskService tasks) {
		this.mapper = mapper;
		this.scope = scope;
		this.tasks = tasks;
	}

	/**
	 * Bad ratings the user oversees, open ones first.
	 * @param status {@code OPEN}, {@code DONE} or null for both
	 */
	@Transactional(readOnly = true)
	public List<RatingView> list(PlatformUser user, String status) {
		if (status != null && !List.of("OPEN", "DONE").contains(status)) {
			throw new BadRequestException("error.rating.follow-up-status", status);
		}
		List<String> departments = this.scope.of(user).departments();
		if (departments.isEmpty()) {
			return List.of();
		}
		return this.mapper.findFollowUps(departments, status).stream().map(RatingView::of).toList();
	}

	/** Records the call-back and the fix and completes the follow-up task. */
	public RatingView complete(String caseNo, String callbackNote, String fixNote, PlatformUser user) {
		CaseRating rating = this.mapper.find(caseNo)
			.filter((found) -> found.followUpStatus() != null)
			.filter((found) -> this.scope.of(user).departments().contains(found.departmentCode()))
			.orElseThrow(() -> new NotFoundException("error.rating.follow-up-unknown"));
		if (!this.scope.supervisesDepartment(user, rating.departmentCode())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.rating.follow-up-not-allowed");
		}
		if ("DONE".equals(rating.followUpStatus())) {
			throw new ApiException(HttpStatus.CONFLICT, "error.rating.follow-up-done");
		}
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(rating.processInstanceId())
			.taskDefinitionKey(RatingService.FOLLOW_UP_TASK)
			.singleResult();
		if (task == null) {
			throw new ApiException(HttpStatus.CONFLICT, "error.rating.follow-up-done");
		}
		this.tasks.complete(task.getId(), Map.of("callbackNote", required(callbackNote, "error.rating.callback-note"),
				"fixNote", required(fixNote, "error.rating.fix-note"), "actor", user.getUsername()));
		return RatingView.of(this.mapper.find(caseNo).orElseThrow());
	}

	private static String required(String text, String messageKey) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_NOTE) {
			throw new BadRequestException(messageKey, MAX_NOTE);
		}
		return text.strip();
	}

}
