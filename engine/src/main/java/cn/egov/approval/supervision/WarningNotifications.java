package cn.egov.approval.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.notifications.Notification;
import cn.egov.approval.notifications.Notifier;
import cn.egov.approval.supervision.WarningMapper.WarningRow;

import org.springframework.stereotype.Component;

/**
 * Tells the staff concerned about a new warning through the notification outbox (in the
 * raising transaction): the case's current handler and the department's supervisors.
 * Staff without a mobile number on file cannot be told and are left out.
 */
@Component
class WarningNotifications {

	static final String KIND = "SUPERVISION_WARNING";

	private static final Map<WarningLevel, String> LEVEL_NAMES = Map.of(WarningLevel.REMINDER, "到期提示",
			WarningLevel.YELLOW, "黄牌预警", WarningLevel.RED, "红牌预警", WarningLevel.ANOMALY, "异常预警");

	private final SupervisionFactMapper facts;

	private final Notifier notifier;

	WarningNotifications(SupervisionFactMapper facts, Notifier notifier) {
		this.facts = facts;
		this.notifier = notifier;
	}

	void tell(WarningRow warning, WarningLevel level) {
		Set<String> recipients = new LinkedHashSet<>();
		this.facts.recentAssignees(warning.caseNo()).stream().findFirst().ifPresent(recipients::add);
		recipients.addAll(this.facts.usersWithRole(warning.departmentCode(), Role.DEPT_SUPERVISOR.code()));
		if (recipients.isEmpty()) {
			return;
		}
		Map<String, String> params = Map.of("caseNo", warning.caseNo(), "level", LEVEL_NAMES.get(level), "detail",
				(warning.detail() != null) ? warning.detail() : warning.kind());
		for (String phone : new LinkedHashSet<>(this.facts.phonesOf(List.copyOf(recipients)))) {
			this.notifier.notify(new Notification(KIND, phone, warning.caseNo(), params));
		}
	}

}
