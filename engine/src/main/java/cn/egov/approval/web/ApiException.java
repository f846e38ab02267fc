package cn.egov.approval.web;

import org.springframework.http.HttpStatus;

/**
 * A failure to report to the caller. It carries a message key rather than text, so the
 * caller reads it in its own language (zh-CN unless it asks for English).
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final transient Object[] arguments;

	public ApiException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
