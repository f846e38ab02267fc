package cn.egov.approval.casework;

import java.util.List;

import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/** Several things wrong with one request, each tied to its field, reported at once. */
class CaseValidationException extends ApiException {

	private final transient List<Problem> problems;

	CaseValidationException(List<Problem> problems) {
		super(HttpStatus.BAD_REQUEST, "error.case.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	static CaseValidationException of(String field, String messageKey, Object... arguments) {
		return new CaseValidationException(List.of(new Problem(field, messageKey, arguments)));
	}

	List<Problem> problems() {
		return this.problems;
	}

	record Problem(String field, String messageKey, Object... arguments) {
	}

}
