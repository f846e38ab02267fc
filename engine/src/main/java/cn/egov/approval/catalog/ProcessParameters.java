package cn.egov.approval.catalog;

import java.util.List;

/**
 * Parameters of the template process an item runs on.
 *
 * @param approvalChain the role codes that sign in turn, e.g. clerk, section-head,
 * deputy-leader, leader (the Dangyang chain)
 * @param jointDepartments for joint approval (并联审批): the co-departments that give their
 * opinions in parallel with the lead department, each within its own sub-limit
 */
public record ProcessParameters(List<String> approvalChain, List<JointDepartment> jointDepartments) {

	static final ProcessParameters NONE = new ProcessParameters(List.of(), List.of());

	public ProcessParameters {
		approvalChain = (approvalChain != null) ? approvalChain : List.of();
		jointDepartments = (jointDepartments != null) ? jointDepartments : List.of();
	}

	public ProcessParameters(List<String> approvalChain) {
		this(approvalChain, List.of());
	}

	/**
	 * A co-department of a joint approval.
	 *
	 * @param code the department's code
	 * @param subLimitDays its sub-limit in working days from acceptance, inside the
	 * item's limit
	 */
	public record JointDepartment(String code, int subLimitDays) {

		private static final char SEPARATOR = ':';

		String stored() {
			return this.code + SEPARATOR + this.subLimitDays;
		}

		static JointDepartment parse(String stored) {
			int at = stored.lastIndexOf(SEPARATOR);
			return new JointDepartment(stored.substring(0, at), Integer.parseInt(stored.substring(at + 1)));
		}

	}

}
