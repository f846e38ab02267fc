package cn.egov.approval.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The rule settings: the build's defaults (notices, outcomes, legal timers) with the live
 * staff roles and departments, so that a candidate group naming a department added
 * yesterday passes today.
 */
@Component
public class LintSettingsSource {

	/** Where the lint module puts the build's defaults (lint/pom.xml). */
	public static final String DEFAULTS = "cn/egov/approval/lint/platform-defaults.json";

	private static final Logger log = LoggerFactory.getLogger(LintSettingsSource.class);

	private final OrganisationDirectory organisation;

	private final LintSettings defaults;

	public LintSettingsSource(OrganisationDirectory organisation) {
		this.organisation = organisation;
		this.defaults = readDefaults();
	}

	/** The settings the build lints {@code processes/} with. */
	public LintSettings defaults() {
		return this.defaults;
	}

	/** The settings with today's roles and departments. */
	public LintSettings live() {
		return this.defaults.withOrganisation(staffRoles(), departments());
	}

	static List<String> staffRoles() {
		return Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::code).toList();
	}

	private List<String> departments() {
		try {
			return this.organisation.departments().stream().map(Department::code).toList();
		}
		catch (RuntimeException ex) {
			// The engine deploys the classpath processes while the platform starts,
			// possibly
			// before its tables exist: the build's list is the best we know then.
			log.debug("Departments not readable yet, linting with the build's list: {}", ex.getMessage());
			return this.defaults.departments();
		}
	}

	private static LintSettings readDefaults() {
		ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		try (InputStream in = LintSettingsSource.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
			if (in == null) {
				throw new IllegalStateException(
						DEFAULTS + " is missing: build the lint module (./mvnw install -pl lint)");
			}
			return json.readValue(in, LintSettings.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
