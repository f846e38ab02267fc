package cn.egov.approval.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as JSON, for a wrong role and for a missing or stale CSRF token alike. */
class JsonAccessDeniedHandler implements AccessDeniedHandler {

	private final JsonErrorWriter errors;

	JsonAccessDeniedHandler(JsonErrorWriter errors) {
		this.errors = errors;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.errors.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

}
