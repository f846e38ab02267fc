package cn.egov.approval.casework;

/**
 * Role expressions of the casework endpoints; the services apply the case scope on top.
 */
final class CaseworkRoles {

	/** Applicants and staff: what each sees is decided per case. */
	static final String SIGNED_IN = "isAuthenticated()";

	/** Anyone, signed in or not (the progress look-up, rate-limited). */
	static final String ANYONE = "permitAll()";

	static final String STAFF = cn.egov.approval.accounts.Roles.STAFF;

	/** Those who apply: applicants online, clerks at the window. */
	static final String APPLYING = "hasAnyRole('APPLICANT','CLERK')";

	/** Those who run special procedures and ask for extensions. */
	static final String HANDLING = "hasAnyRole('HANDLER','SECTION_HEAD','DEPUTY_LEADER','LEADER')";

	private CaseworkRoles() {
	}

}
