package cn.egov.approval.notifications;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface NotificationOutboxMapper {

	/** Queues a message as {@code PENDING}, due at once. */
	void insert(OutboxRow row);

	/**
	 * {@code PENDING} messages in order of their next attempt: new ones always, retries
	 * once their back-off has passed.
	 */
	List<OutboxMessage> findDue(Instant now, int limit);

	/**
	 * Takes a {@code PENDING} message for this node; 1 if it got it, 0 if another did.
	 */
	int claim(String id, Instant claimedAt);

	int markSent(String id, Instant sentAt);

	/** Records a failed attempt of a claimed message: back to PENDING, or FAILED. */
	int markFailed(String id, String status, int attempts, String lastError, Instant nextAttemptAt);

	/**
	 * Returns to PENDING what nodes claimed before {@code claimedBefore} and never
	 * settled.
	 */
	int releaseStale(Instant claimedBefore);

	/** A message as it is inserted. */
	record OutboxRow(String id, String kind, String channel, String recipient, String caseNo, String params,
			String body, Instant createdAt) {
	}

}
