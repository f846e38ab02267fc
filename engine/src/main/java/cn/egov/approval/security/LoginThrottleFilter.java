package cn.egov.approval.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (429) a login attempt, form or Basic, for a username that failed too often
 * recently.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOGIN_PATH = "/api/auth/login";

	private final LoginThrottle throttle;

	private final JsonErrorWriter errors;

	LoginThrottleFilter(LoginThrottle throttle, JsonErrorWriter errors) {
		this.throttle = throttle;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		if (username != null && this.throttle.isBlocked(username)) {
			this.errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.too-many-logins",
					this.throttle.windowMinutes());
			return;
		}
		chain.doFilter(request, response);
	}

	private static String attemptedUsername(HttpServletRequest request) {
		if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
			return request.getParameter("username");
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon > 0) ? decoded.substring(0, colon) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

}
