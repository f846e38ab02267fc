package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.audit.Sha256;
import cn.egov.approval.catalog.BlankFormMapper.BlankFormRow;
import cn.egov.approval.catalog.BlankFormMapper.GeneratedKey;
import cn.egov.approval.catalog.ItemStore.Stamp;
import cn.egov.approval.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blank forms and samples attached to materials. An upload is an edit of the item: it
 * lands in the open draft, or in a new draft version on top of the published one.
 */
@Service
@Transactional
public class BlankFormService {

	/** The largest form accepted; a scanned multi-page sample fits. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final BlankFormMapper forms;

	private final CatalogMapper versions;

	private final ItemStore store;

	private final CatalogService catalog;

	BlankFormService(BlankFormMapper forms, CatalogMapper versions, ItemStore store, CatalogService catalog) {
		this.forms = forms;
		this.versions = versions;
		this.store = store;
		this.catalog = catalog;
	}

	/**
	 * Stores the file and attaches it to material {@code index} of the item's latest
	 * version.
	 */
	public Item attach(String code, int index, UploadedFile file, String username) {
		VersionRow latest = this.versions.findLatest(code).orElseThrow(() -> CatalogService.notFound(code));
		Item item = this.store.load(latest);
		if (index < 0 || index >= item.materials().size()) {
			throw CatalogValidationException.of("materials", "error.catalog.material.index", index,
					item.materials().size());
		}
		FileKind kind = UploadRules.check(file, MAX_BYTES, FileKind.values());
		String name = UploadRules.fileName(file.originalName(), kind);
		Stamp stamp = this.catalog.stamp(username);
		GeneratedKey key = new GeneratedKey();
		this.forms.insert(new BlankFormRow(null, code, name, kind.contentType(), file.content().length,
				Sha256.hex(file.content()), file.content(), stamp.at(), username), key);
		List<Material> materials = new ArrayList<>(item.materials());
		materials.set(index, materials.get(index).withBlankForm(new BlankFormRef(key.getId(), name)));
		return this.catalog.update(code, item.toRequest().withMaterials(materials), username);
	}

	/**
	 * A form to download: staff get any, everyone else only forms of published versions.
	 */
	@Transactional(readOnly = true)
	public BlankFormRow download(long id, boolean staff) {
		return this.forms.find(id)
			.filter((form) -> staff || this.forms.isPublished(id))
			.orElseThrow(() -> new NotFoundException("error.catalog.blank-form.not-found", id));
	}

}
