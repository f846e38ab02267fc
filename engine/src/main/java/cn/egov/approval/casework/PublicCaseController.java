package cn.egov.approval.casework;

import java.time.Duration;

import cn.egov.approval.coordination.RateLimiter;
import cn.egov.approval.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/cases/{caseNo}?queryCode=}: anonymous progress, limited per
 * client so that query codes cannot be guessed by trying.
 */
@RestController
class PublicCaseController {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final CaseQueries queries;

	private final RateLimiter limiter;

	private final int perMinute;

	PublicCaseController(CaseQueries queries, RateLimiter limiter, CaseworkProperties properties) {
		this.queries = queries;
		this.limiter = limiter;
		this.perMinute = properties.publicLookupsPerMinute();
	}

	@GetMapping("/api/public/cases/{caseNo}")
	@PreAuthorize(CaseworkRoles.ANYONE)
	PublicProgress progress(@PathVariable String caseNo, @RequestParam(required = false) String queryCode,
			HttpServletRequest request) {
		if (this.limiter.recordHit("public-case-lookup:" + request.getRemoteAddr(), WINDOW) > this.perMinute) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.case.progress.too-many");
		}
		return this.queries.progress(caseNo, queryCode);
	}

}
