package cn.egov.approval.web;

import org.springframework.http.HttpStatus;

public class BadRequestException extends ApiException {

	public BadRequestException(String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

}
