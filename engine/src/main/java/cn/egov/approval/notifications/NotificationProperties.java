package cn.egov.approval.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param channel the {@link NotificationChannel} that delivers: {@code log} writes to the
 * application log (the embedded demo has no SMS gateway)
 * @param logBodies whether the {@code log} channel writes message texts in clear; off, it
 * masks their letters and digits, which hold phone codes and query codes
 * @param dispatchInterval the pause between two dispatcher runs on each node
 * @param batchSize the most messages one run takes
 * @param maxAttempts the attempts after which a message is given up as {@code FAILED}
 * @param retryDelay the wait after a failed attempt, times the attempts so far
 * @param claimTimeout how long a message may stay claimed ({@code SENDING}) before it is
 * taken for the loss of a node that died while delivering it, and tried again
 */
@ConfigurationProperties("platform.notifications")
public record NotificationProperties(@DefaultValue("log") String channel, boolean logBodies,
		@DefaultValue("2s") Duration dispatchInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("5m") Duration claimTimeout) {
}
