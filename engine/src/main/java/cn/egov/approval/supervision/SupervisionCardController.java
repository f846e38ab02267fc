package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.catalog.FileNames;
import cn.egov.approval.notices.StoredNotice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/supervision/cards}: supervision cards within the caller's scope, the
 * department's answer, the bureau's review and the card's notices.
 */
@RestController
@RequestMapping("/api/supervision/cards")
class SupervisionCardController {

	private final CardQueries queries;

	private final CardActions actions;

	SupervisionCardController(CardQueries queries, CardActions actions) {
		this.queries = queries;
		this.actions = actions;
	}

	@GetMapping
	@PreAuthorize(CardRoles.READERS)
	List<CardViews.Summary> list(@RequestParam(required = false) String department,
			@RequestParam(required = false) String status, @RequestParam(required = false) String level,
			@AuthenticationPrincipal PlatformUser user) {
		return this.queries.list(user, department, status, level);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CardRoles.READERS)
	CardViews.Detail get(@PathVariable long id, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.detail(id, user);
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize(CardRoles.DEPARTMENT)
	CardViews.Detail confirm(@PathVariable long id, @RequestBody CardRequests.Confirm request,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.confirm(id, request, user);
		return this.queries.detail(id, user);
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize(CardRoles.DEPARTMENT)
	CardViews.Detail appeal(@PathVariable long id, @RequestBody CardRequests.Appeal request,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.appeal(id, request, user);
		return this.queries.detail(id, user);
	}

	@PostMapping("/{id}/review")
	@PreAuthorize(CardRoles.BUREAU)
	CardViews.Detail review(@PathVariable long id, @RequestBody CardRequests.Review request,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.review(id, request, user);
		return this.queries.detail(id, user);
	}

	@GetMapping("/{id}/notices/{noticeId}/pdf")
	@PreAuthorize(CardRoles.READERS)
	ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable String noticeId,
			@AuthenticationPrincipal PlatformUser user) {
		StoredNotice notice = this.queries.notice(id, noticeId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					FileNames.contentDisposition(notice.title() + "-" + notice.caseNo() + ".pdf"))
			.header("X-Content-Sha256", notice.sha256())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.queries.pdf(notice.id()));
	}

}
