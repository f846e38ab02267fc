package cn.egov.approval.notifications;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default {@link NotificationChannel}: writes each message to the
 * application log instead of sending it. Recipients are always masked
 * ({@code 138****0000}); texts are masked too unless {@code log-bodies} is on, because
 * they carry phone codes and query codes, which must not end up in a production log. The
 * embedded profile turns it on: the demo has no SMS gateway, and its users read their
 * codes in the console.
 */
@Component
@ConditionalOnProperty(name = "platform.notifications.channel", havingValue = "log", matchIfMissing = true)
class LoggingChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

	private static final Pattern SECRET_CHARACTERS = Pattern.compile("[A-Za-z0-9]");

	private final boolean logBodies;

	LoggingChannel(NotificationProperties properties) {
		this.logBodies = properties.logBodies();
	}

	@Override
	public void deliver(OutboxMessage message) {
		log.info("{} to {} ({}{}): {}", message.channel(), maskPhone(message.recipient()), message.kind(),
				(message.caseNo() != null) ? ", case " + message.caseNo() : "",
				this.logBodies ? message.body() : maskBody(message.body()));
	}

	/** {@code 13800000000} as {@code 138****0000}; anything shorter is masked whole. */
	static String maskPhone(String phone) {
		if (phone == null || phone.length() < 8) {
			return "****";
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	/**
	 * Hides every Latin letter and digit (codes, query codes, numbers, dates), keeping
	 * the Chinese words, which say what kind of message it was.
	 */
	static String maskBody(String body) {
		return SECRET_CHARACTERS.matcher(body).replaceAll("*");
	}

}
