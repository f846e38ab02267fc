package cn.egov.approval.supervision;

/**
 * Role expressions of the card endpoints; {@link CardAccess} applies the scope on top.
 */
final class CardRoles {

	/** Who reads cards: department supervisors, the bureau, auditors. */
	static final String READERS = "hasAnyRole('DEPT_SUPERVISOR','BUREAU_SUPERVISOR','AUDITOR')";

	/** Who answers a card for the department: confirms and explains, or appeals. */
	static final String DEPARTMENT = "hasRole('DEPT_SUPERVISOR')";

	/** Who reviews: accepts, rejects an appeal, re-supervises. */
	static final String BUREAU = "hasRole('BUREAU_SUPERVISOR')";

	private CardRoles() {
	}

}
