package cn.egov.approval.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.egov.approval.accounts.AccountMapper;
import cn.egov.approval.accounts.UserRow;
import cn.egov.approval.demo.DemoOrganisation.DemoDepartment;
import cn.egov.approval.demo.DemoOrganisation.DemoUser;
import cn.egov.approval.posts.PostDirectory;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.organisation.Section;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county once: if the demo administrator exists the data is there and
 * nothing is touched, so edits made in a demo survive restarts. All of it in one
 * transaction: a failure leaves no half organisation behind.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
@Order(DemoDataLoader.ORDER)
class DemoDataLoader implements ApplicationRunner {

	/** Runs first: the other demo loaders refer to its departments and logins. */
	static final int ORDER = 1;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String MARKER_USER = "admin";

	private final OrganisationMapper organisation;

	private final AccountMapper accounts;

	private final PasswordEncoder passwordEncoder;

	private final ObjectMapper objectMapper;

	private final DemoProperties properties;

	private final Clock clock;

	private final PostDirectory posts;

	DemoDataLoader(OrganisationMapper organisation, AccountMapper accounts, PasswordEncoder passwordEncoder,
			ObjectMapper objectMapper, DemoProperties properties, Clock clock, PostDirectory posts) {
		this.posts = posts;
		this.organisation = organisation;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.objectMapper = objectMapper;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.accounts.exists(MARKER_USER)) {
			return;
		}
		DemoOrganisation demo = read();
		demo.regions().forEach(this.organisation::insertRegion);
		demo.departments().forEach(this::insertDepartment);
		// One hash for all: bcrypt is slow on purpose, and every demo login shares the
		// password.
		String passwordHash = this.passwordEncoder.encode(this.properties.password());
		demo.users().forEach((user) -> insertUser(user, passwordHash));
		demo.users()
			.stream()
			.filter((user) -> user.backup() != null)
			.forEach((user) -> this.posts.designate(user.username(), user.backup(), "demo"));
		log.info("Demo data loaded: {} regions, {} departments, {} logins", demo.regions().size(),
				demo.departments().size(), demo.users().size());
	}

	private DemoOrganisation read() throws IOException {
		try (InputStream json = new ClassPathResource("demo/organisation.json").getInputStream()) {
			return this.objectMapper.readValue(json, DemoOrganisation.class);
		}
	}

	private void insertDepartment(DemoDepartment department) {
		this.organisation.insertDepartment(new Department(department.code(), department.name(), department.shortName(),
				department.kind(), department.regionCode()));
		department.sections()
			.forEach((section) -> this.organisation
				.insertSection(new Section(section.code(), section.name(), department.code())));
	}

	private void insertUser(DemoUser user, String passwordHash) {
		this.accounts.insertUser(new UserRow(user.username(), user.displayName(), passwordHash, user.department(),
				user.section(), user.email(), true, user.phone()), LocalDateTime.now(this.clock));
		user.roles().forEach((role) -> this.accounts.insertRole(user.username(), role));
	}

}
