package cn.egov.approval.casework;

import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.notifications.Notification;
import cn.egov.approval.notifications.Notifier;

import org.springframework.stereotype.Component;

/** Tells the applicant of a case what happened, through the notification outbox. */
@Component
class ApplicantMessages {

	private final Notifier notifier;

	ApplicantMessages(Notifier notifier) {
		this.notifier = notifier;
	}

	void send(CaseFile file, String kind, Map<String, String> extra) {
		Map<String, String> params = new HashMap<>(extra);
		params.put("caseNo", file.caseNo());
		params.put("itemName", file.itemName());
		params.put("queryCode", file.queryCode());
		params.put("applicant", file.applicantName());
		this.notifier.notify(new Notification(kind, file.applicantPhone(), file.caseNo(), params));
	}

	void send(CaseFile file, String kind) {
		send(file, kind, Map.of());
	}

}
