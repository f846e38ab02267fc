package cn.egov.approval.complaints;

import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.notifications.Notification;
import cn.egov.approval.notifications.Notifier;

import org.springframework.stereotype.Component;

/**
 * Tells the complainant through the notification outbox: the number and query code at
 * filing, the reasons of a rejection, the department's result. A complainant who left no
 * number hears nothing and follows the complaint with its number and query code.
 */
@Component
class ComplaintMessages {

	private static final int MAX_QUOTED = 200;

	private final Notifier notifier;

	ComplaintMessages(Notifier notifier) {
		this.notifier = notifier;
	}

	void filed(Complaint complaint) {
		send(complaint, "COMPLAINT_FILED", Map.of());
	}

	void rejected(Complaint complaint, String reason) {
		send(complaint, "COMPLAINT_REJECTED", Map.of("reason", shortened(reason)));
	}

	void feedback(Complaint complaint, String result) {
		send(complaint, "COMPLAINT_FEEDBACK", Map.of("result", shortened(result)));
	}

	/**
	 * A text message carries the first part of a long text; the complainant reads the
	 * whole with the number and query code.
	 */
	private static String shortened(String text) {
		return (text.length() > MAX_QUOTED) ? text.substring(0, MAX_QUOTED) + "……" : text;
	}

	private void send(Complaint complaint, String kind, Map<String, String> extra) {
		if (complaint.complainantPhone() == null) {
			return;
		}
		Map<String, String> params = new HashMap<>(extra);
		params.put("complaintNo", complaint.complaintNo());
		params.put("queryCode", complaint.queryCode());
		this.notifier.notify(new Notification(kind, complaint.complainantPhone(), complaint.caseNo(), params));
	}

}
