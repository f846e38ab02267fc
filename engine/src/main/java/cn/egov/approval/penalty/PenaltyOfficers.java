package cn.egov.approval.penalty;

import java.util.List;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.penalty.PenaltyRecords.Officer;

import org.springframework.stereotype.Component;

/**
 * Law-enforcement officers (执法人员, APL 42): staff of the agency with the officer role and
 * a certificate valid today. A case is investigated by at least two of them.
 */
@Component
class PenaltyOfficers {

	static final int MINIMUM_ON_A_CASE = 2;

	private final PenaltyMapper mapper;

	private final AccountDirectory accounts;

	private final PenaltyClock clock;

	PenaltyOfficers(PenaltyMapper mapper, AccountDirectory accounts, PenaltyClock clock) {
		this.mapper = mapper;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The officer, certified today, of the department; 400 otherwise. */
	Officer certified(String username, String departmentCode) {
		String name = PenaltyRules.text(username, "officer", 64);
		boolean staff = this.accounts.findUser(name)
			.filter(UserAccount::enabled)
			.filter((account) -> departmentCode.equals(account.departmentCode()))
			.filter((account) -> account.hasRole(Role.PENALTY_OFFICER))
			.isPresent();
		return this.mapper.findOfficer(name)
			.filter((officer) -> staff && !officer.validUntil().isBefore(this.clock.today()))
			.orElseThrow(() -> PenaltyRules.invalid("error.penalty.officer.uncertified", name));
	}

	/** Puts two different certified officers on a new case. */
	void assign(String caseNo, String departmentCode, String first, String second) {
		certified(first, departmentCode);
		certified(second, departmentCode);
		if (first.equals(second.strip())) {
			throw PenaltyRules.invalid("error.penalty.officer.two-needed", MINIMUM_ON_A_CASE);
		}
		this.mapper.addCaseOfficer(caseNo, first);
		this.mapper.addCaseOfficer(caseNo, second.strip());
	}

	/** The case's officers whose certificates are valid today. */
	List<Officer> certifiedOn(String caseNo) {
		return this.mapper.caseOfficers(caseNo)
			.stream()
			.filter((officer) -> !officer.validUntil().isBefore(this.clock.today()))
			.toList();
	}

}
