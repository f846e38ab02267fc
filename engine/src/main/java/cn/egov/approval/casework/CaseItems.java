package cn.egov.approval.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Item;

import org.springframework.stereotype.Component;

/**
 * The catalog item version a case runs on: the one published when it was received. A
 * published version's content never changes (an edit becomes the next version), so the
 * versions cases read are kept in a small LRU map instead of being loaded at every step.
 */
@Component
class CaseItems {

	private static final int CAPACITY = 512;

	private final CatalogService catalog;

	private final Map<String, Item> versions = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Item> eldest) {
			return size() > CAPACITY;
		}

	});

	CaseItems(CatalogService catalog) {
		this.catalog = catalog;
	}

	Item of(CaseFile file) {
		String key = file.itemCode() + "#" + file.itemVersion();
		Item cached = this.versions.get(key);
		if (cached != null) {
			return cached;
		}
		Item item = this.catalog.findVersion(file.itemCode(), file.itemVersion())
			.orElseThrow(() -> new IllegalStateException("Item " + file.itemCode() + " version " + file.itemVersion()
					+ " of " + file.caseNo() + " is gone"));
		if (!"DRAFT".equals(item.status())) {
			this.versions.put(key, item);
		}
		return item;
	}

}
