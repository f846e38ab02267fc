package cn.egov.approval.notifications;

/**
 * A queued message as a {@link NotificationChannel} delivers it.
 *
 * @param id the outbox row's id, stable across attempts (a gateway may use it to drop
 * duplicates)
 * @param kind the {@link NotificationKind}'s name
 * @param channel the medium, {@code SMS}
 * @param recipient the mainland mobile number
 * @param caseNo the case, or {@code null}
 * @param body the rendered zh-CN text
 * @param attempts the failed attempts so far
 */
public record OutboxMessage(String id, String kind, String channel, String recipient, String caseNo, String body,
		int attempts) {
}
