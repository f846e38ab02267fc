package cn.egov.approval.lint;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule settings for the in-browser modeler, with today's departments and roles. */
@RestController
class LintConfigController {

	/** Who models processes: the reform office and administrators. */
	static final String MODELLERS = "hasAnyRole('REFORM_OFFICE','ADMIN')";

	private final LintSettingsSource settings;

	LintConfigController(LintSettingsSource settings) {
		this.settings = settings;
	}

	@GetMapping("/api/modeling/lint-config")
	@PreAuthorize(MODELLERS)
	LintSettings lintConfig() {
		return this.settings.live();
	}

}
