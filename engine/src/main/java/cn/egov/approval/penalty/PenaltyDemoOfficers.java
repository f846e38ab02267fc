package cn.egov.approval.penalty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.penalty.PenaltyRecords.Officer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Law-enforcement certificates for the demo officers, after the demo logins exist (the
 * demo loaders run first, at orders 1 and 2).
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@Order(10)
class PenaltyDemoOfficers implements ApplicationRunner {

	static final List<Officer> OFFICERS = List.of(
			new Officer("officer", null, "35012024000101", LocalDate.of(2030, 12, 31)),
			new Officer("officer2", null, "35012024000102", LocalDate.of(2030, 12, 31)),
			new Officer("officer3", null, "35012024000103", LocalDate.of(2030, 12, 31)));

	private final PenaltyMapper mapper;

	private final AccountDirectory accounts;

	PenaltyDemoOfficers(PenaltyMapper mapper, AccountDirectory accounts) {
		this.mapper = mapper;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Officer officer : OFFICERS) {
			if (this.accounts.findUser(officer.username()).isPresent()
					&& this.mapper.findOfficer(officer.username()).isEmpty()) {
				this.mapper.insertOfficer(officer, LocalDateTime.of(2024, 1, 1, 9, 0), "demo");
			}
		}
	}

}
