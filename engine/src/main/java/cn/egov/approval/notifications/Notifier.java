package cn.egov.approval.notifications;

/**
 * Tells an applicant (or a user signing in) something: casework calls it at acceptance,
 * correction request, decision and ready-for-pickup; sign-in calls it for phone codes.
 * Implementations queue the message in the outbox within the caller's transaction, so a
 * rolled-back step sends nothing.
 */
public interface Notifier {

	/**
	 * Queues a notification.
	 * @param notification what to send and to whom
	 */
	void notify(Notification notification);

}
