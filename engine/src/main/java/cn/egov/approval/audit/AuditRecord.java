package cn.egov.approval.audit;

import java.time.Instant;

/**
 * A stored row of the audit log, with its place in the chain.
 *
 * @param id the position in the chain, from 1 without gaps
 * @param occurredAt when it was recorded (platform clock, whole seconds)
 * @param actor who acted
 * @param action what happened
 * @param caseNo the case, or {@code null}
 * @param objectId the other object, or {@code null}
 * @param httpMethod the HTTP method, or {@code null}
 * @param path the path template, or {@code null}
 * @param status the HTTP status, or {@code null}
 * @param outcome {@code SUCCESS} or {@code FAILURE}
 * @param detail a short text, or {@code null}
 * @param prevHash the previous row's hash (64 zeros for the first row)
 * @param hash SHA-256 of {@code prevHash} and this row's canonical content
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String caseNo, String objectId,
		String httpMethod, String path, Integer status, String outcome, String detail, String prevHash, String hash) {
}
