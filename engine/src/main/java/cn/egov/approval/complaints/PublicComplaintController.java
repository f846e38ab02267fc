package cn.egov.approval.complaints;

import java.time.Duration;

import cn.egov.approval.coordination.RateLimiter;
import cn.egov.approval.satisfaction.RatingRequest;
import cn.egov.approval.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/public/complaints/{complaintNo}?queryCode=}: the complainant follows the
 * complaint and rates its handling, without signing in; limited per client so that query
 * codes cannot be guessed by trying.
 */
@RestController
class PublicComplaintController {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final ComplaintQueries queries;

	private final ComplaintActions actions;

	private final RateLimiter limiter;

	private final int perMinute;

	PublicComplaintController(ComplaintQueries queries, ComplaintActions actions, RateLimiter limiter,
			ComplaintProperties properties) {
		this.queries = queries;
		this.actions = actions;
		this.limiter = limiter;
		this.perMinute = properties.publicFilingsPerMinute();
	}

	@GetMapping("/api/public/complaints/{complaintNo}")
	@PreAuthorize("permitAll()")
	ComplaintViews.Public progress(@PathVariable String complaintNo, @RequestParam String queryCode,
			HttpServletRequest http) {
		limit("public-complaint-lookup:", http);
		return this.queries.publicView(complaintNo, queryCode);
	}

	@PostMapping("/api/public/complaints/{complaintNo}/rating")
	@PreAuthorize("permitAll()")
	ResponseEntity<ComplaintViews.Public> rate(@PathVariable String complaintNo, @RequestParam String queryCode,
			@RequestBody RatingRequest request, HttpServletRequest http) {
		limit("public-complaint-rating:", http);
		this.actions.rate(complaintNo, queryCode, request.level(), request.comment());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.queries.publicView(complaintNo, queryCode));
	}

	private void limit(String key, HttpServletRequest http) {
		if (this.limiter.recordHit(key + http.getRemoteAddr(), WINDOW) > this.perMinute) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.complaint.too-many");
		}
	}

}
