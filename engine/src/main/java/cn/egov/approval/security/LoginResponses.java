package cn.egov.approval.security;

import java.io.IOException;

import cn.egov.approval.accounts.AccountDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * What the login form's POST answers: the user's profile on success, a JSON 401 that
 * names no cause on failure.
 */
@Component
class LoginResponses {

	private final AccountDirectory directory;

	private final ObjectMapper objectMapper;

	private final JsonErrorWriter errors;

	LoginResponses(AccountDirectory directory, ObjectMapper objectMapper, JsonErrorWriter errors) {
		this.directory = directory;
		this.objectMapper = objectMapper;
		this.errors = errors;
	}

	void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(),
				this.directory.findProfile(authentication.getName()).orElseThrow());
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.errors.write(request, response, HttpStatus.UNAUTHORIZED, "error.bad-credentials");
	}

}
