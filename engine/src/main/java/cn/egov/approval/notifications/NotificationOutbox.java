package cn.egov.approval.notifications;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import cn.egov.approval.notifications.NotificationOutboxMapper.OutboxRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Notifier}: renders the message and queues it in {@code notification_outbox}
 * in the caller's transaction. Nothing leaves the platform here; the
 * {@link NotificationDispatcher} delivers after commit, so a step that rolls back sends
 * nothing and a gateway that is down slows no step.
 */
@Service
class NotificationOutbox implements Notifier {

	/** Every recipient is a mobile number so far. */
	static final String SMS = "SMS";

	private final NotificationOutboxMapper outbox;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	NotificationOutbox(NotificationOutboxMapper outbox, ObjectMapper objectMapper, Clock clock) {
		this.outbox = outbox;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * Queues the notification; joins the caller's transaction, or runs in one of its own
	 * when there is none (a phone code).
	 * @throws IllegalArgumentException if no template exists for the kind
	 */
	@Override
	@Transactional
	public void notify(Notification notification) {
		NotificationKind kind = NotificationKind.of(notification.kind());
		this.outbox.insert(new OutboxRow(UUID.randomUUID().toString(), kind.name(), SMS, notification.recipientPhone(),
				notification.caseNo(), json(notification.params()), kind.render(notification.params()),
				this.clock.instant()));
	}

	private String json(Map<String, String> params) {
		try {
			// Sorted, so that equal parameters are stored as equal text.
			return this.objectMapper.writeValueAsString(new TreeMap<>(params));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Strings always serialise", ex);
		}
	}

}
