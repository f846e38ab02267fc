package cn.egov.approval.catalog;

import java.util.List;

/**
 * Parameters of the template process an item runs on.
 *
 * @param approvalChain the role codes that sign in turn, e.g. clerk, section-head,
 * deputy-leader, leader (the Dangyang chain)
 */
public record ProcessParameters(List<String> approvalChain) {

	static final ProcessParameters NONE = new ProcessParameters(List.of());

}
