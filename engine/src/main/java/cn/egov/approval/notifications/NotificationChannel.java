package cn.egov.approval.notifications;

/**
 * Takes a queued message out of the platform: an SMS gateway, e-mail, or the application
 * log of the embedded demo. Exactly one is active, chosen by
 * {@code platform.notifications.channel}.
 */
public interface NotificationChannel {

	/**
	 * Delivers one message; returning normally means the gateway accepted it.
	 * @param message what to send and to whom
	 * @throws Exception when the message was not accepted; the dispatcher tries again
	 * later, up to {@code platform.notifications.max-attempts}
	 */
	void deliver(OutboxMessage message) throws Exception;

}
