package cn.egov.approval.modeling;

import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/** A workbench request that cannot be done, with a message key for the caller. */
class ModelingException extends ApiException {

	ModelingException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

}
