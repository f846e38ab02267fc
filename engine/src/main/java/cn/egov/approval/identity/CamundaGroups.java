package cn.egov.approval.identity;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.accounts.Role;

/**
 * How platform roles appear as Camunda groups. A user is a member of one group per role
 * ({@code handler}), of one group per role within its department
 * ({@code SFX-SCJGJ:handler}, what candidate groups in item processes name), and
 * administrators of {@code camunda-admin}, Camunda's own administrators group.
 */
public final class CamundaGroups {

	public static final String CAMUNDA_ADMIN = "camunda-admin";

	public static final String TYPE_ROLE = "role";

	public static final String TYPE_DEPARTMENT_ROLE = "department-role";

	public static final String TYPE_SYSTEM = "SYSTEM";

	private static final char SEPARATOR = ':';

	private CamundaGroups() {
	}

	/**
	 * The candidate group of a role in one department, e.g.
	 * {@code SFX-SCJGJ:section-head}.
	 */
	public static String departmentRole(String departmentCode, String roleCode) {
		return departmentCode + SEPARATOR + roleCode;
	}

	public static List<String> of(List<String> roleCodes, String departmentCode) {
		List<String> groups = new ArrayList<>(roleCodes);
		if (departmentCode != null) {
			roleCodes.stream()
				.filter((code) -> Role.fromCode(code).map(Role::isStaff).orElse(false))
				.forEach((code) -> groups.add(departmentRole(departmentCode, code)));
		}
		if (roleCodes.contains(Role.ADMIN.code())) {
			groups.add(CAMUNDA_ADMIN);
		}
		return groups;
	}

}
