package cn.egov.approval.supervision.board;

import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.supervision.WarningScope;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The supervision board: figures per department, and new warnings as server-sent events.
 * Each viewer sees the departments it supervises.
 */
@RestController
@RequestMapping("/api/supervision/board")
@PreAuthorize("hasAnyRole('DEPT_SUPERVISOR','BUREAU_SUPERVISOR','ADMIN')")
class BoardController {

	private final WarningScope scope;

	private final BoardSnapshots snapshots;

	private final BoardStreams streams;

	BoardController(WarningScope scope, BoardSnapshots snapshots, BoardStreams streams) {
		this.scope = scope;
		this.snapshots = snapshots;
		this.streams = streams;
	}

	@GetMapping
	BoardSnapshot snapshot(@AuthenticationPrincipal PlatformUser user) {
		return this.snapshots.of(Set.copyOf(this.scope.departments(user)));
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@AuthenticationPrincipal PlatformUser user) {
		return this.streams.open(Set.copyOf(this.scope.departments(user)));
	}

}
