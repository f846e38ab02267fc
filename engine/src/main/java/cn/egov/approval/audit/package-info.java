/**
 * The audit trail: an append-only, hash-chained log of every action (logins, task
 * completions, every state-changing API call), written through
 * {@link cn.egov.approval.audit.AuditTrail} in the action's own transaction where there
 * is one, and checked end to end by {@link cn.egov.approval.audit.AuditVerifier}.
 */
package cn.egov.approval.audit;
