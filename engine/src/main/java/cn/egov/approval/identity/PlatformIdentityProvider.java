package cn.egov.approval.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.egov.approval.identity.CamundaDirectory.MemberUser;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's read-only identity provider over the platform's accounts. Users, groups and
 * passwords are managed by the platform; Camunda's Admin app shows them but cannot change
 * them. The platform has no tenants.
 */
class PlatformIdentityProvider implements ReadOnlyIdentityProvider {

	private final CamundaDirectory directory;

	PlatformIdentityProvider(CamundaDirectory directory) {
		this.directory = directory;
	}

	@Override
	public User findUserById(String userId) {
		return this.directory.findUser(userId).map(MemberUser::user).orElse(null);
	}

	@Override
	public UserQuery createUserQuery() {
		return new PlatformUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new PlatformUserQuery();
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("Native user queries are not supported: users live in the platform");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return this.directory.checkPassword(userId, password);
	}

	@Override
	public Group findGroupById(String groupId) {
		return this.directory.groupsById().get(groupId);
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new PlatformGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new PlatformGroupQuery();
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new NoTenantQuery();
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	List<User> findUsers(PlatformUserQuery query) {
		if (query.getTenantId() != null) {
			return List.of();
		}
		Predicate<MemberUser> matches = (member) -> equalOrAbsent(query.getId(), member.user().getId())
				&& inOrAbsent(query.getIds(), member.user().getId())
				&& equalOrAbsent(query.getFirstName(), member.user().getFirstName())
				&& like(query.getFirstNameLike(), member.user().getFirstName())
				&& equalOrAbsent(query.getLastName(), member.user().getLastName())
				&& like(query.getLastNameLike(), member.user().getLastName())
				&& equalOrAbsent(query.getEmail(), member.user().getEmail())
				&& like(query.getEmailLike(), member.user().getEmail())
				&& (query.getGroupId() == null || member.groupIds().contains(query.getGroupId()));
		return this.directory.users()
			.stream()
			.filter(matches)
			.map(MemberUser::user)
			.sorted(Comparator.comparing(User::getId))
			.toList();
	}

	List<Group> findGroups(PlatformGroupQuery query) {
		if (query.getTenantId() != null) {
			return List.of();
		}
		List<String> memberOf = (query.getUserId() != null)
				? this.directory.findUser(query.getUserId()).map(MemberUser::groupIds).orElse(List.of()) : null;
		Map<String, Group> groups = this.directory.groupsById();
		return groups.values()
			.stream()
			.filter((group) -> equalOrAbsent(query.getId(), group.getId()) && inOrAbsent(query.getIds(), group.getId())
					&& equalOrAbsent(query.getName(), group.getName()) && like(query.getNameLike(), group.getName())
					&& equalOrAbsent(query.getType(), group.getType())
					&& (memberOf == null || memberOf.contains(group.getId())))
			.sorted(Comparator.comparing(Group::getId))
			.toList();
	}

	private static boolean equalOrAbsent(String expected, String actual) {
		return expected == null || expected.equals(actual);
	}

	private static boolean inOrAbsent(String[] expected, String actual) {
		return expected == null || Arrays.asList(expected).contains(actual);
	}

	/**
	 * SQL LIKE as Camunda's queries pass it: {@code %} any run, {@code _} one character.
	 */
	static boolean like(String pattern, String actual) {
		if (pattern == null) {
			return true;
		}
		if (actual == null) {
			return false;
		}
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			switch (c) {
				case '%' -> regex.append(".*");
				case '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
			.matcher(Objects.requireNonNull(actual))
			.matches();
	}

}
