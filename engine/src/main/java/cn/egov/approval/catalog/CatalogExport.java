package cn.egov.approval.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest version of every item as a workbook: what the reform office works on. */
@Service
@Transactional(readOnly = true)
public class CatalogExport {

	private final ItemStore store;

	CatalogExport(ItemStore store) {
		this.store = store;
	}

	public byte[] workbook() {
		return CatalogWorkbookWriter.write(this.store.loadAllLatest());
	}

}
