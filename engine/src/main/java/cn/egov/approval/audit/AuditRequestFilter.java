package cn.egov.approval.audit;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every state-changing call (POST, PUT, PATCH, DELETE) under {@code /api} and
 * {@code /engine-rest}: who, the method, the path template (never the body, so no
 * password, code or file reaches the log), the case number or object id from the path. A
 * call to the platform's own API that commits a change is logged in that change's
 * transaction ({@link ApiCallTransactions}); one that commits nothing, or fails, and
 * every call to Camunda's REST API, is logged once answered, with its status, in a
 * transaction of its own. It runs inside Spring Security's chain, where the caller is
 * known; calls the chain refuses before (a wrong password) are logged as login failures
 * instead.
 */
class AuditRequestFilter extends OncePerRequestFilter {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

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
		ApiCall call = ApiCall.bind(request, isPlatformApi(request));
		Integer failedStatus = null;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			failedStatus = statusOf(ex);
			throw ex;
		}
		finally {
			call.unbind();
			int status = (failedStatus != null) ? failedStatus : response.getStatus();
			if (!call.logged() || status >= 400) {
				recordSafely(call, status);
			}
		}
	}

	/**
	 * The platform's controllers call one feature service each, so a call's first
	 * committed transaction is its change. Camunda's REST resources may run queries in
	 * transactions of their own before the change: their calls are logged once answered.
	 */
	private static boolean isPlatformApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
	 * The call has been answered and its transactions have ended: a failure to log it can
	 * no longer undo it, and must not replace the caller's answer or exception.
	 */
	private void recordSafely(ApiCall call, int status) {
		try {
			this.trail.record(call.entry(status));
		}
		catch (RuntimeException ex) {
			logger.error("Could not record an answered API call in the audit log", ex);
		}
	}

}
