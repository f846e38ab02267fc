package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which warnings a new fact calls for: a time limit reached gives a reminder, yellow or
 * red warning about that deadline (the level table decides the colour); every fact is
 * checked for anomalies.
 */
@Component
class WarningRules {

	/**
	 * The warning kind of each limit a {@link SupervisionFactKind#LIMIT_REACHED} names.
	 */
	private static final Map<String, String> LIMIT_KINDS = Map.of("REMINDER", "REMINDER", "PROMISED",
			"PROMISED_LIMIT_EXCEEDED", "STATUTORY", "STATUTORY_LIMIT_EXCEEDED", "SUB", "SUB_LIMIT_EXCEEDED",
			"CERTIFICATE", "CERTIFICATE_LIMIT_EXCEEDED", "PRESERVATION", "PRESERVATION_LIMIT_EXCEEDED");

	/**
	 * What each limit's warning says about its deadline. A reminder's deadline is the
	 * working day before the promised one (its timer fires when that day ends), so its
	 * text must not call it the promised deadline.
	 */
	private static final Map<String, String> LIMIT_TEXTS = Map.of("REMINDER", "承诺期限前最后 1 个工作日（%s）已结束，办件尚未办结",
			"PROMISED", "已超过承诺期限 %s", "STATUTORY", "已超过法定期限 %s", "SUB", "协办部门已超过分时限 %s", "CERTIFICATE",
			"未在制证期限 %s 前颁发证件", "PRESERVATION", "先行登记保存的证据未在 %s 前作出处理决定");

	private final Warnings warnings;

	private final AnomalyChecks anomalies;

	WarningRules(Warnings warnings, AnomalyChecks anomalies) {
		this.warnings = warnings;
		this.anomalies = anomalies;
	}

	void apply(SupervisionFact fact, long factId) {
		String context = fact.source().name();
		if (fact.kind() == SupervisionFactKind.LIMIT_REACHED) {
			limit(fact, factId, context);
		}
		for (AnomalyChecks.Finding finding : this.anomalies.check(fact)) {
			this.warnings.raise(new WarningCandidate(fact.caseNo(), fact.departmentCode(), finding.kind(), context,
					null, null, finding.detail(), factId));
		}
	}

	private void limit(SupervisionFact fact, long factId, String context) {
		String kind = LIMIT_KINDS.get(fact.get("limit"));
		if (kind == null || fact.blank("deadline")) {
			return;
		}
		LocalDate deadline = LocalDate.parse(fact.get("deadline"));
		String detail = String.format(LIMIT_TEXTS.get(fact.get("limit")), deadline);
		// A limit on one of several things of a case (an evidence preservation) is
		// warned of once per thing, not once per case and deadline.
		String subject = fact.blank("subject") ? null : fact.get("subject");
		this.warnings.raise(new WarningCandidate(fact.caseNo(), fact.departmentCode(), kind, context, deadline, subject,
				detail, factId));
	}

}
