package cn.egov.approval.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.UserProfile.Named;
import cn.egov.approval.accounts.UserProfile.RegionRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads accounts with their roles; the one place both Spring Security and Camunda's
 * identity ask.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final AccountMapper accounts;

	public AccountDirectory(AccountMapper accounts) {
		this.accounts = accounts;
	}

	public Optional<UserAccount> findUser(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return this.accounts.findUser(username).map((row) -> row.withRoles(this.accounts.findRoles(username)));
	}

	public List<UserAccount> findAllUsers() {
		return withRoles(this.accounts.findAllUsers(), this.accounts.findAllUserRoles());
	}

	/**
	 * The users holding any of the roles, with all their roles; two queries however many
	 * applicants have registered.
	 * @param roles the roles
	 * @return the users, in username order; none for no roles
	 */
	public List<UserAccount> findUsersWithAnyRole(Collection<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		List<String> codes = roles.stream().map(Role::code).toList();
		return withRoles(this.accounts.findUsersWithAnyRole(codes), this.accounts.findRolesOfUsersWithAnyRole(codes));
	}

	private static List<UserAccount> withRoles(List<UserRow> users, List<AccountMapper.UserRole> roles) {
		Map<String, List<String>> rolesByUser = roles.stream()
			.collect(Collectors.groupingBy(AccountMapper.UserRole::username,
					Collectors.mapping(AccountMapper.UserRole::roleCode, Collectors.toList())));
		return users.stream().map((row) -> row.withRoles(rolesByUser.getOrDefault(row.username(), List.of()))).toList();
	}

	public Optional<UserProfile> findProfile(String username) {
		return this.accounts.findProfile(username).map((row) -> toProfile(row, this.accounts.findRoles(username)));
	}

	private static UserProfile toProfile(ProfileRow row, List<String> roles) {
		Named department = (row.departmentCode() != null) ? new Named(row.departmentCode(), row.departmentName())
				: null;
		Named section = (row.sectionCode() != null) ? new Named(row.sectionCode(), row.sectionName()) : null;
		RegionRef region = (row.regionCode() != null)
				? new RegionRef(row.regionCode(), row.regionName(), row.regionLevel()) : null;
		return new UserProfile(row.username(), row.displayName(), department, section, region, roles);
	}

}
