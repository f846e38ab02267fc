package cn.egov.approval.audit;

/** Who reads the audit trail: auditors and administrators. */
final class AuditRoles {

	static final String READERS = "hasAnyRole('AUDITOR','ADMIN')";

	private AuditRoles() {
	}

}
