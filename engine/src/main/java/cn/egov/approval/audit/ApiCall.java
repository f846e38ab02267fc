package cn.egov.approval.audit;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * A state-changing API call being handled on this thread, bound by
 * {@link AuditRequestFilter} for the length of the call so that the first write
 * transaction it commits carries its audit entry ({@link ApiCallTransactions}).
 */
final class ApiCall {

	private static final ThreadLocal<ApiCall> CURRENT = new ThreadLocal<>();

	private static final String CASE_NO = "caseNo";

	private final HttpServletRequest request;

	/** A transaction of this call has the entry registered and has not ended yet. */
	private boolean pending;

	/** A transaction of this call has committed the entry. */
	private boolean logged;

	private ApiCall(HttpServletRequest request) {
		this.request = request;
	}

	/**
	 * @param inTransaction whether the call's first committed transaction is to carry its
	 * entry; if not, the call is only logged once answered
	 */
	static ApiCall bind(HttpServletRequest request, boolean inTransaction) {
		ApiCall call = new ApiCall(request);
		if (inTransaction) {
			CURRENT.set(call);
		}
		return call;
	}

	static ApiCall current() {
		return CURRENT.get();
	}

	void unbind() {
		CURRENT.remove();
	}

	/** Whether a transaction beginning now should carry the entry. */
	boolean wantsEntry() {
		return !this.pending && !this.logged;
	}

	void entryPending() {
		this.pending = true;
	}

	void transactionEnded(boolean committed) {
		this.pending = false;
		this.logged = this.logged || committed;
	}

	boolean logged() {
		return this.logged;
	}

	/**
	 * The entry for this call: who, the path template and ids from the path; the status
	 * is {@code null} while the call is still being answered.
	 */
	AuditEntry entry(Integer status) {
		String path = pathTemplate();
		Map<String, String> variables = uriVariables();
		String objectId = variables.entrySet()
			.stream()
			.filter((variable) -> !CASE_NO.equals(variable.getKey()))
			.map((variable) -> variable.getKey() + "=" + variable.getValue())
			.collect(Collectors.joining(","));
		boolean succeeded = status == null || status < 400;
		return new AuditEntry(Callers.current().orElse(AuditTexts.ANONYMOUS), ApiActions.of(path),
				variables.get(CASE_NO), objectId.isEmpty() ? null : objectId, this.request.getMethod(), path, status,
				succeeded ? AuditEntry.SUCCESS : AuditEntry.FAILURE, null);
	}

	/**
	 * Spring MVC's matched pattern ({@code /api/tasks/{id}/complete}); Camunda's REST API
	 * runs in Jersey, which leaves none, so its calls keep their path.
	 */
	private String pathTemplate() {
		Object pattern = this.request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null) {
			return pattern.toString();
		}
		return this.request.getRequestURI().substring(this.request.getContextPath().length());
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> uriVariables() {
		Object variables = this.request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
