package cn.egov.approval.web;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the platform API into {@link ApiError} JSON with a message a
 * person understands.
 */
@RestControllerAdvice
class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	private final ApiMessages messages;

	ApiErrorHandler(ApiMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiError> apiException(ApiException ex) {
		return error(ex.status(), this.messages.get(ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
		String details = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((field) -> field.getField() + ": " + field.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return error(HttpStatus.BAD_REQUEST, this.messages.get("error.invalid", details));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, this.messages.get("error.unreadable"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, this.messages.get("error.parameter", ex.getName()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, this.messages.get("error.parameter-missing", ex.getParameterName()));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ApiError> missingPart(MissingServletRequestPartException ex) {
		return error(HttpStatus.BAD_REQUEST, this.messages.get("error.parameter-missing", ex.getRequestPartName()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, this.messages.get("error.media-type", supported));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return error(HttpStatus.NOT_ACCEPTABLE, this.messages.get("error.not-acceptable"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE, this.messages.get("error.too-large"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, this.messages.get("error.method", ex.getMethod()));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException ex) {
		return error(HttpStatus.NOT_FOUND, this.messages.get("error.not-found"));
	}

	// Security exceptions thrown by @PreAuthorize must reach Spring Security's handlers
	// (401/403), not the 500 below.
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		log.error("Unexpected failure of an API call", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, this.messages.get("error.internal"));
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		String code = status.name().toLowerCase();
		return ResponseEntity.status(status).body(new ApiError(code, message));
	}

}
