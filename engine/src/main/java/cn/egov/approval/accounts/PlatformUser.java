package cn.egov.approval.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: kept in the HTTP session, so it carries no password once
 * authenticated.
 */
public final class PlatformUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private final String departmentCode;

	private final List<String> roles;

	private final boolean enabled;

	private String passwordHash;

	public PlatformUser(UserAccount account) {
		this.username = account.username();
		this.displayName = account.displayName();
		this.departmentCode = account.departmentCode();
		this.roles = List.copyOf(account.roles());
		this.enabled = account.enabled();
		this.passwordHash = account.passwordHash();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/** Null for applicants, who belong to no department. */
	public String getDepartmentCode() {
		return this.departmentCode;
	}

	public List<String> getRoles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role.code());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream()
			.flatMap((code) -> Role.fromCode(code).stream())
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
