package cn.egov.approval.notifications;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Delivers queued messages through the active {@link NotificationChannel}; every node
 * runs it ({@link NotificationConfiguration}). A node claims each message with a
 * conditional update before delivering it, so that two nodes never send the same message;
 * a failed attempt is retried after a growing back-off and given up after
 * {@code max-attempts}. Delivery is at least once: a node that dies between delivery and
 * bookkeeping leaves its claim to expire and the message to be sent again.
 */
@Component
class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 1000;

	private final NotificationOutboxMapper outbox;

	private final NotificationChannel channel;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationDispatcher(NotificationOutboxMapper outbox, NotificationChannel channel,
			NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.channel = channel;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One run: takes up to a batch of due messages and delivers those this node claims.
	 * Each statement commits by itself, so that other nodes see the claims at once.
	 * @return the messages delivered
	 */
	int dispatch() {
		Instant now = this.clock.instant();
		this.outbox.releaseStale(now.minus(this.properties.claimTimeout()));
		int delivered = 0;
		for (OutboxMessage message : this.outbox.findDue(now, this.properties.batchSize())) {
			if (this.outbox.claim(message.id(), now) == 1 && deliver(message)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(OutboxMessage message) {
		try {
			this.channel.deliver(message);
		}
		catch (Exception ex) {
			recordFailure(message, ex);
			return false;
		}
		this.outbox.markSent(message.id(), this.clock.instant());
		return true;
	}

	private void recordFailure(OutboxMessage message, Exception ex) {
		int attempts = message.attempts() + 1;
		boolean givenUp = attempts >= this.properties.maxAttempts();
		if (givenUp) {
			log.error("Notification {} ({}) failed {} times and is given up", message.id(), message.kind(), attempts,
					ex);
		}
		else {
			log.warn("Notification {} ({}) failed, attempt {}: {}", message.id(), message.kind(), attempts,
					ex.toString());
		}
		Instant nextAttempt = this.clock.instant().plus(this.properties.retryDelay().multipliedBy(attempts));
		this.outbox.markFailed(message.id(), givenUp ? "FAILED" : "PENDING", attempts, describe(ex), nextAttempt);
	}

	private static String describe(Exception ex) {
		String text = ex.toString();
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}
