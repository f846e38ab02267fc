package cn.egov.approval.casework;

import java.util.List;

import cn.egov.approval.web.ApiMessages;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Casework's errors with their field list, and a concurrent change as a 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseErrorHandler {

	private final ApiMessages messages;

	CaseErrorHandler(ApiMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CaseValidationException.class)
	ResponseEntity<CaseError> invalid(CaseValidationException ex) {
		List<FieldError> fields = ex.problems()
			.stream()
			.map((problem) -> new FieldError(problem.field(),
					this.messages.get(problem.messageKey(), problem.arguments())))
			.toList();
		String message = (fields.size() == 1) ? fields.get(0).message() : this.messages.get(ex.messageKey(),
				fields.size(), String.join("；", fields.stream().map(FieldError::message).toList()));
		return ResponseEntity.badRequest().body(new CaseError("invalid", message, fields));
	}

	@ExceptionHandler(OptimisticLockingException.class)
	ResponseEntity<CaseError> concurrent(OptimisticLockingException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new CaseError("conflict", this.messages.get("error.case.concurrent"), null));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CaseError(String error, String message, List<FieldError> fieldErrors) {
	}

	record FieldError(String field, String message) {
	}

}
