package cn.egov.approval.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as JSON. Scripts and the desktop Modeler get a Basic challenge; the Vue app (which
 * sends {@code X-Requested-With}) does not, so the browser shows our login page instead
 * of its own dialog. The message never says whether the user exists.
 */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "approval-platform";

	private final JsonErrorWriter errors;

	JsonAuthenticationEntryPoint(JsonErrorWriter errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		}
		boolean triedCredentials = request.getHeader("Authorization") != null;
		this.errors.write(request, response, HttpStatus.UNAUTHORIZED,
				triedCredentials ? "error.bad-credentials" : "error.unauthorized");
	}

}
