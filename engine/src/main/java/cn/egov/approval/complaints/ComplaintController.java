package cn.egov.approval.complaints;

import java.time.Duration;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.coordination.RateLimiter;
import cn.egov.approval.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
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
 * {@code /api/complaints}: filing (anyone; the public rate-limited per client), the
 * scoped list and detail, and the bureau's and the department's steps.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

	static final String BUREAU = "hasRole('BUREAU_SUPERVISOR')";

	static final String DEPARTMENT = "hasRole('DEPT_SUPERVISOR')";

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final ComplaintIntake intake;

	private final ComplaintQueries queries;

	private final ComplaintActions actions;

	private final RateLimiter limiter;

	private final int perMinute;

	ComplaintController(ComplaintIntake intake, ComplaintQueries queries, ComplaintActions actions, RateLimiter limiter,
			ComplaintProperties properties) {
		this.intake = intake;
		this.queries = queries;
		this.actions = actions;
		this.limiter = limiter;
		this.perMinute = properties.publicFilingsPerMinute();
	}

	@PostMapping
	@PreAuthorize("permitAll()")
	ResponseEntity<ComplaintIntake.Filed> file(@RequestBody ComplaintRequest request,
			@AuthenticationPrincipal PlatformUser user, HttpServletRequest http) {
		if (!Filers.isStaff(user)
				&& this.limiter.recordHit("public-complaint-filing:" + http.getRemoteAddr(), WINDOW) > this.perMinute) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.complaint.too-many");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.intake.file(request, user));
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	ComplaintViews.Page list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String department, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal PlatformUser user) {
		return this.queries.list(user, status, department, overdue, page, size);
	}

	@GetMapping("/{complaintNo}")
	@PreAuthorize("isAuthenticated()")
	ComplaintViews.Detail detail(@PathVariable String complaintNo, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.detail(complaintNo, user);
	}

	@PostMapping("/{complaintNo}/accept")
	@PreAuthorize(BUREAU)
	ComplaintViews.Detail accept(@PathVariable String complaintNo, @RequestBody Decision body,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.accept(complaintNo, body.opinion(), user);
		return this.queries.detail(complaintNo, user);
	}

	@PostMapping("/{complaintNo}/reject")
	@PreAuthorize(BUREAU)
	ComplaintViews.Detail reject(@PathVariable String complaintNo, @RequestBody Decision body,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.reject(complaintNo, body.reason(), user);
		return this.queries.detail(complaintNo, user);
	}

	@PostMapping("/{complaintNo}/route")
	@PreAuthorize(BUREAU)
	ComplaintViews.Detail route(@PathVariable String complaintNo, @RequestBody Routing body,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.route(complaintNo, body.departmentCode(), body.workingDays(), body.note(), user);
		return this.queries.detail(complaintNo, user);
	}

	@PostMapping("/{complaintNo}/result")
	@PreAuthorize(DEPARTMENT)
	ComplaintViews.Detail result(@PathVariable String complaintNo, @RequestBody Decision body,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.reportResult(complaintNo, body.result(), user);
		return this.queries.detail(complaintNo, user);
	}

	@PostMapping("/{complaintNo}/return")
	@PreAuthorize(DEPARTMENT)
	ComplaintViews.Detail returnToBureau(@PathVariable String complaintNo, @RequestBody Decision body,
			@AuthenticationPrincipal PlatformUser user) {
		this.actions.returnToBureau(complaintNo, body.reason(), user);
		return this.queries.detail(complaintNo, user);
	}

	/**
	 * @param opinion the bureau's opinion when accepting
	 * @param reason why it is rejected, or returned by the department
	 * @param result the department's result
	 */
	record Decision(String opinion, String reason, String result) {
	}

	/**
	 * @param departmentCode the responsible (functional) department
	 * @param workingDays its limit, or null for the default
	 * @param note instructions for the department
	 */
	record Routing(String departmentCode, Integer workingDays, String note) {
	}

}
