package cn.egov.approval.catalog;

/**
 * Where a version of an item stands: drafts are edited, one version at a time is
 * published, older published versions are superseded, and a retired item is no longer
 * offered.
 */
public enum ItemStatus {

	DRAFT, PUBLISHED, SUPERSEDED, RETIRED

}
