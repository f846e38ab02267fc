package cn.egov.approval.lint;

import java.util.List;
import java.util.Map;

/**
 * What the rules check against (lint/README.md): the platform roles and departments a
 * candidate group may name, the notice types, the notices each outcome requires and the
 * legal-clock timers of an item process. The same shape as {@code platform-defaults.json}
 * and {@code GET /api/modeling/lint-config}.
 *
 * @param roles role codes ({@code handler})
 * @param departments department codes ({@code SFX-SCJGJ})
 * @param notices notice type constants ({@code APPROVAL})
 * @param outcomes outcome to the notices (any one of them) it requires
 * @param legalTimers the handling scope and its timer ids
 */
public record LintSettings(List<String> roles, List<String> departments, List<String> notices,
		Map<String, List<String>> outcomes, LegalTimers legalTimers) {

	/**
	 * The legal clock of an item process.
	 *
	 * @param scope the handling sub-process id by convention
	 * @param timers the timers it must carry
	 * @param optionalTimers the timers it may carry, checked when present
	 */
	public record LegalTimers(String scope, List<String> timers, List<String> optionalTimers) {

	}

	LintSettings withOrganisation(List<String> liveRoles, List<String> liveDepartments) {
		return new LintSettings(liveRoles, liveDepartments, this.notices, this.outcomes, this.legalTimers);
	}

}
