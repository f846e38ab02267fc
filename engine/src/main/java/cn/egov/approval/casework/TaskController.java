package cn.egov.approval.casework;

import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tasks}: the caller's to-do list and what it does with a task. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final CaseTasks tasks;

	private final CaseQueries queries;

	TaskController(CaseTasks tasks, CaseQueries queries) {
		this.tasks = tasks;
		this.queries = queries;
	}

	@GetMapping
	@PreAuthorize(CaseworkRoles.STAFF)
	List<TaskView> list(@AuthenticationPrincipal PlatformUser user) {
		return this.tasks.list(user);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseworkRoles.STAFF)
	TaskDetail get(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.tasks.get(id, user);
	}

	@PostMapping("/{id}/claim")
	@PreAuthorize(CaseworkRoles.STAFF)
	TaskView claim(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.tasks.claim(id, user);
	}

	@PostMapping("/{id}/unclaim")
	@PreAuthorize(CaseworkRoles.STAFF)
	TaskView unclaim(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.tasks.unclaim(id, user);
	}

	@GetMapping("/{id}/colleagues")
	@PreAuthorize(CaseworkRoles.STAFF)
	List<CaseTasks.Colleague> colleagues(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.tasks.colleagues(id, user);
	}

	@PostMapping("/{id}/delegate")
	@PreAuthorize(CaseworkRoles.STAFF)
	TaskView delegate(@PathVariable String id, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal PlatformUser user) {
		return this.tasks.delegate(id, (body != null) ? body.get("username") : null, user);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(CaseworkRoles.STAFF)
	CaseDetail complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			@AuthenticationPrincipal PlatformUser user) {
		String caseNo = this.tasks.complete(id, body, user);
		return this.queries.detail(caseNo, user);
	}

}
