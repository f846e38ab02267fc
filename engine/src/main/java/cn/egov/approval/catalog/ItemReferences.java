package cn.egov.approval.catalog;

import java.util.Optional;

/**
 * What the validator needs to know about the world outside the request: departments,
 * other items, deployed processes and uploaded forms. An interface so that the rules can
 * be unit-tested without a database or an engine.
 */
interface ItemReferences {

	boolean departmentExists(String departmentCode);

	boolean itemExists(String code);

	/** The parent of an item's latest version, to refuse cycles of sub-items. */
	Optional<String> parentOf(String code);

	boolean processDeployed(String processKey);

	boolean blankFormBelongsTo(long blankFormId, String code);

}
