package cn.egov.approval.notifications;

import java.util.Map;
import java.util.Objects;

/**
 * One message to one recipient.
 *
 * @param kind what happened, e.g. {@code ACCEPTED}; it selects the message template
 * @param recipientPhone the mainland mobile number the message goes to
 * @param caseNo the case it concerns, or {@code null} (phone codes)
 * @param params the template's parameters, e.g. {@code itemName}, {@code code}
 */
public record Notification(String kind, String recipientPhone, String caseNo, Map<String, String> params) {

	public Notification {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(recipientPhone, "recipientPhone");
		params = Map.copyOf(params);
	}

}
