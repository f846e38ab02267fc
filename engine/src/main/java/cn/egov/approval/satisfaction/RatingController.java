package cn.egov.approval.satisfaction;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rating a closed case: {@code /api/public/cases/{caseNo}/rating?queryCode=} for anyone
 * holding the query code (rate-limited per client), {@code /api/cases/{caseNo}/rating}
 * for the signed-in applicant of the case.
 */
@RestController
class RatingController {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final RatingService ratings;

	private final RateLimiter limiter;

	private final int perMinute;

	RatingController(RatingService ratings, RateLimiter limiter, SatisfactionProperties properties) {
		this.ratings = ratings;
		this.limiter = limiter;
		this.perMinute = properties.publicRatingsPerMinute();
	}

	@PostMapping("/api/public/cases/{caseNo}/rating")
	@PreAuthorize("permitAll()")
	ResponseEntity<RatingView> ratePublicly(@PathVariable String caseNo, @RequestParam String queryCode,
			@RequestBody RatingRequest request, @AuthenticationPrincipal PlatformUser user, HttpServletRequest http) {
		limit(http);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.ratings.ratePublicly(caseNo, queryCode, request, user));
	}

	@GetMapping("/api/public/cases/{caseNo}/rating")
	@PreAuthorize("permitAll()")
	ResponseEntity<RatingView> publicRating(@PathVariable String caseNo, @RequestParam String queryCode,
			HttpServletRequest http) {
		limit(http);
		return ResponseEntity.of(this.ratings.publicRating(caseNo, queryCode));
	}

	@PostMapping("/api/cases/{caseNo}/rating")
	@PreAuthorize("hasRole('APPLICANT')")
	ResponseEntity<RatingView> rateOwnCase(@PathVariable String caseNo, @RequestBody RatingRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.ratings.rateOwnCase(caseNo, request, user));
	}

	@GetMapping("/api/cases/{caseNo}/rating")
	@PreAuthorize("hasRole('APPLICANT')")
	ResponseEntity<RatingView> ownRating(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.of(this.ratings.ownRating(caseNo, user));
	}

	private void limit(HttpServletRequest http) {
		if (this.limiter.recordHit("public-case-rating:" + http.getRemoteAddr(), WINDOW) > this.perMinute) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.rating.too-many");
		}
	}

}
