/**
 * Notifications to applicants: an outbox written in the caller's transaction and
 * delivered through pluggable channels (SMS, e-mail; the embedded default logs).
 */
package cn.egov.approval.notifications;
