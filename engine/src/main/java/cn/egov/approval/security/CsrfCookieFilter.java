package cn.egov.approval.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the deferred CSRF token on every API request from the browser so that its cookie
 * is always (re)written, in particular right after login, when Spring Security replaces
 * the token: the Vue app then never holds a stale one.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null && isApiCall(request) && !SecurityConfiguration.carriesBasicCredentials(request)) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	/**
	 * Only the Vue app's API calls need the cookie; page and asset requests stay
	 * cookie-free.
	 */
	private static boolean isApiCall(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
