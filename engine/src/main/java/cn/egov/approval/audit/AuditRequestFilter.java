package cn.egov.approval.audit;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing call (POST, PUT, PATCH, DELETE) under {@code /api} and
 * {@code /engine-rest} once it is answered: who, the method, the path template (never the
 * body, so no password, code or file reaches the log), the case number or object id from
 * the path, and the status. It runs inside Spring Security's chain, where the caller is
 * known; calls the chain refuses before (a wrong password) are logged as login failures
 * instead.
 */
class AuditRequestFilter extends OncePerRequestFilter {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final String CASE_NO = "caseNo";

	private final AuditTrail trail;

	AuditRequestFilter(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CHANGING.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Integer failedStatus = null;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			failedStatus = statusOf(ex);
			throw ex;
		}
		finally {
			recordSafely(request, (failedStatus != null) ? failedStatus : response.getStatus());
		}
	}

	/**
	 * What Spring Security's exception translation, outside this filter, will answer: a
	 * method-security refusal comes wrapped in a ServletException.
	 */
	private static int statusOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthenticationException) {
				return HttpServletResponse.SC_UNAUTHORIZED;
			}
			if (cause instanceof AccessDeniedException) {
				return Callers.current().isPresent() ? HttpServletResponse.SC_FORBIDDEN
						: HttpServletResponse.SC_UNAUTHORIZED;
			}
		}
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	/**
	 * The call has been answered and its own transaction has ended: a failure to log it
	 * can no longer undo it, and must not replace the caller's answer or exception.
	 */
	private void recordSafely(HttpServletRequest request, int status) {
		try {
			record(request, status);
		}
		catch (RuntimeException ex) {
			logger.error(
					"Could not record " + request.getMethod() + " " + request.getRequestURI() + " in the audit log",
					ex);
		}
	}

	private void record(HttpServletRequest request, int status) {
		String path = pathTemplate(request);
		Map<String, String> variables = uriVariables(request);
		String objectId = variables.entrySet()
			.stream()
			.filter((variable) -> !CASE_NO.equals(variable.getKey()))
			.map((variable) -> variable.getKey() + "=" + variable.getValue())
			.collect(Collectors.joining(","));
		boolean succeeded = status < 400;
		this.trail.record(new AuditEntry(Callers.current().orElse(AuditTexts.ANONYMOUS), ApiActions.of(path),
				variables.get(CASE_NO), objectId.isEmpty() ? null : objectId, request.getMethod(), path, status,
				succeeded ? AuditEntry.SUCCESS : AuditEntry.FAILURE, null));
	}

	/**
	 * Spring MVC's matched pattern ({@code /api/tasks/{id}/complete}); Camunda's REST API
	 * runs in Jersey, which leaves none, so its calls keep their path.
	 */
	private static String pathTemplate(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null) {
			return pattern.toString();
		}
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> uriVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
