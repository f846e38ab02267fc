package cn.egov.approval.security;

import java.io.IOException;

import cn.egov.approval.web.ApiError;
import cn.egov.approval.web.ApiMessages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes {@link ApiError} JSON from filters, where no controller advice runs. */
@Component
class JsonErrorWriter {

	private final ObjectMapper objectMapper;

	private final ApiMessages messages;

	private final LocaleResolver localeResolver;

	JsonErrorWriter(ObjectMapper objectMapper, ApiMessages messages, LocaleResolver localeResolver) {
		this.objectMapper = objectMapper;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
			Object... arguments) throws IOException {
		String message = this.messages.get(this.localeResolver.resolveLocale(request), messageKey, arguments);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), new ApiError(status.name().toLowerCase(), message));
	}

}
