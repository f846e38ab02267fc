package cn.egov.approval.audit;

/**
 * One action to record. Never carries a secret: no passwords, phone codes or file
 * contents, only who did what to which object and how it ended.
 *
 * @param actor the username, {@code anonymous}, or a system actor such as {@code engine}
 * @param action what happened, e.g. {@code LOGIN}, {@code TASK_COMPLETED},
 * {@code CATALOG_CHANGE}
 * @param caseNo the case concerned, or {@code null}
 * @param objectId the other object concerned (a task, an item code ...), or {@code null}
 * @param httpMethod the request's method for API calls, else {@code null}
 * @param path the request's path template for API calls, else {@code null}
 * @param status the HTTP status answered, or {@code null}
 * @param outcome {@link #SUCCESS} or {@link #FAILURE}
 * @param detail a short free text (a step, an error type), or {@code null}
 */
public record AuditEntry(String actor, String action, String caseNo, String objectId, String httpMethod, String path,
		Integer status, String outcome, String detail) {

	public static final String SUCCESS = "SUCCESS";

	public static final String FAILURE = "FAILURE";

	/** An action that is not an HTTP call (a login, a task completion ...). */
	public static AuditEntry of(String actor, String action, String caseNo, String objectId, boolean succeeded,
			String detail) {
		return new AuditEntry(actor, action, caseNo, objectId, null, null, null, succeeded ? SUCCESS : FAILURE, detail);
	}

}
