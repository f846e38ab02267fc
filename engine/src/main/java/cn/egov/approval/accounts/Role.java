package cn.egov.approval.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's roles. The code is what the API, the front end and Camunda's groups use;
 * the authority is what Spring Security checks ({@code hasRole("SECTION_HEAD")}).
 */
public enum Role {

	APPLICANT("applicant", false), CLERK("clerk", true), HANDLER("handler", true), SECTION_HEAD("section-head", true),
	DEPUTY_LEADER("deputy-leader", true), LEADER("leader", true), DEPT_SUPERVISOR("dept-supervisor", true),
	BUREAU_SUPERVISOR("bureau-supervisor", true), REFORM_OFFICE("reform-office", true), AUDITOR("auditor", true),
	ADMIN("admin", true),
	/** 窗口收费员: takes fees at a window of the government service centre. */
	CASHIER("cashier", true),
	/** 财政局: receipt books, reconciliation and the monthly summary. */
	FINANCE("finance", true),
	/** The e-payment channel's service account, which reports online payments. */
	PAYMENT_GATEWAY("payment-gateway", false);

	private final String code;

	private final boolean staff;

	Role(String code, boolean staff) {
		this.code = code;
		this.staff = staff;
	}

	public String code() {
		return this.code;
	}

	/** Government staff, as opposed to the public who apply. */
	public boolean isStaff() {
		return this.staff;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> fromCode(String code) {
		return Arrays.stream(values()).filter((role) -> role.code.equals(code)).findFirst();
	}

}
