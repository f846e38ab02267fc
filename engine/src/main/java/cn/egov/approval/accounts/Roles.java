package cn.egov.approval.accounts;

/**
 * Role expressions for {@code @PreAuthorize}, so that every endpoint declares its roles
 * in words a reviewer can check against the issue.
 */
public final class Roles {

	public static final String AUTHENTICATED = "isAuthenticated()";

	public static final String ADMIN = "hasRole('ADMIN')";

	public static final String STAFF = "hasAnyRole('CLERK','HANDLER','SECTION_HEAD','DEPUTY_LEADER','LEADER',"
			+ "'DEPT_SUPERVISOR','BUREAU_SUPERVISOR','REFORM_OFFICE','AUDITOR','ADMIN','CASHIER','FINANCE')";

	/** Who maintains the reference data: the reform office (审改办) and administrators. */
	public static final String REFORM_OFFICE_OR_ADMIN = "hasAnyRole('REFORM_OFFICE','ADMIN')";

	private Roles() {
	}

}
