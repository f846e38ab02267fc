package cn.egov.approval.fees;

/** Who may do what with the fee ledger, as {@code @PreAuthorize} expressions. */
final class FeeRoles {

	/** Window staff who take money: cashiers, and clerks of departments with a window. */
	static final String CASHIER = "hasAnyRole('CASHIER','CLERK')";

	/** The finance bureau (财政局) and administrators: books, reconciliation, summaries. */
	static final String FINANCE = "hasAnyRole('FINANCE','ADMIN')";

	/** Who reads settlements: the window and finance. */
	static final String CASHIER_OR_FINANCE = "hasAnyRole('CASHIER','CLERK','FINANCE','ADMIN')";

	/** The e-payment channel's service account. */
	static final String PAYMENT_GATEWAY = "hasRole('PAYMENT_GATEWAY')";

	private FeeRoles() {
	}

}
