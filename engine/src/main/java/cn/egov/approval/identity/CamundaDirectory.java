package cn.egov.approval.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.AccountMapper;
import cn.egov.approval.accounts.AccountMapper.RoleRow;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationMapper;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The platform's accounts, departments and roles, seen as Camunda users and groups. */
@Component
public class CamundaDirectory {

	private final AccountDirectory accounts;

	private final AccountMapper accountMapper;

	private final OrganisationMapper organisation;

	private final PasswordEncoder passwordEncoder;

	CamundaDirectory(AccountDirectory accounts, AccountMapper accountMapper, OrganisationMapper organisation,
			PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.accountMapper = accountMapper;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
	}

	public boolean checkPassword(String username, String password) {
		if (password == null) {
			return false;
		}
		return this.accounts.findUser(username)
			.filter(UserAccount::enabled)
			.map((user) -> this.passwordEncoder.matches(password, user.passwordHash()))
			.orElse(false);
	}

	Optional<MemberUser> findUser(String username) {
		return this.accounts.findUser(username).map(CamundaDirectory::toMember);
	}

	List<MemberUser> users() {
		return this.accounts.findAllUsers().stream().map(CamundaDirectory::toMember).toList();
	}

	/**
	 * Every group: one per role, one per role in each department, and Camunda's
	 * administrators.
	 */
	List<Group> groups() {
		List<RoleRow> roles = this.accountMapper.findAllRoles();
		List<Group> groups = new ArrayList<>();
		roles.forEach((role) -> groups.add(group(role.code(), role.nameZh(), CamundaGroups.TYPE_ROLE)));
		for (Department department : this.organisation.findAllDepartments()) {
			roles.stream()
				.filter(RoleRow::staff)
				.forEach((role) -> groups.add(group(CamundaGroups.departmentRole(department.code(), role.code()),
						department.shortName() + "·" + role.nameZh(), CamundaGroups.TYPE_DEPARTMENT_ROLE)));
		}
		groups.add(group(CamundaGroups.CAMUNDA_ADMIN, "Camunda 管理员", CamundaGroups.TYPE_SYSTEM));
		return groups;
	}

	Map<String, Group> groupsById() {
		return groups().stream().collect(Collectors.toMap(Group::getId, Function.identity()));
	}

	private static MemberUser toMember(UserAccount account) {
		UserEntity user = new UserEntity(account.username());
		user.setFirstName(account.displayName());
		user.setLastName("");
		user.setEmail(account.email());
		return new MemberUser(user, CamundaGroups.of(account.roles(), account.departmentCode()));
	}

	private static Group group(String id, String name, String type) {
		GroupEntity group = new GroupEntity(id);
		group.setName(name);
		group.setType(type);
		return group;
	}

	/** A Camunda user with the ids of the groups it belongs to. */
	record MemberUser(User user, List<String> groupIds) {
	}

}
