package cn.egov.approval.web;

import org.springframework.http.HttpStatus;

public class NotFoundException extends ApiException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

}
