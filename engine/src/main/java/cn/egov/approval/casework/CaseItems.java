package cn.egov.approval.casework;

import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Item;

import org.springframework.stereotype.Component;

/** The catalog item version a case runs on: the one published when it was received. */
@Component
class CaseItems {

	private final CatalogService catalog;

	CaseItems(CatalogService catalog) {
		this.catalog = catalog;
	}

	Item of(CaseFile file) {
		return this.catalog.findVersion(file.itemCode(), file.itemVersion())
			.orElseThrow(() -> new IllegalStateException("Item " + file.itemCode() + " version " + file.itemVersion()
					+ " of " + file.caseNo() + " is gone"));
	}

}
