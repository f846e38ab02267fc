package cn.egov.approval.catalog;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do what with the catalog: the reform office (审改办) and administrators maintain
 * it; everyone, without login, reads what is published.
 */
final class CatalogRoles {

	static final String MAINTAINERS = "hasAnyRole('REFORM_OFFICE','ADMIN')";

	/** The public guide reads published items without login (checked inside). */
	static final String EVERYONE = "permitAll()";

	private CatalogRoles() {
	}

	/** Whether the caller sees drafts and every version. */
	static boolean maintains(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch((authority) -> authority.equals("ROLE_REFORM_OFFICE") || authority.equals("ROLE_ADMIN"));
	}

}
