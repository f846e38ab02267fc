package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.catalog.ItemStore.Stamp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a whole catalog workbook, all or nothing: every row is read and validated
 * first, and only a workbook without a single problem is written, in one transaction.
 * Imported items become drafts: version 1 of a new code, or the next draft of an existing
 * one, which keeps the blank forms of materials it still lists by the same name.
 */
@Service
@Transactional
public class CatalogImporter {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final CatalogMapper versions;

	private final ItemStore store;

	private final CatalogService catalog;

	private final ItemReferences references;

	CatalogImporter(CatalogMapper versions, ItemStore store, CatalogService catalog, ItemReferences references) {
		this.versions = versions;
		this.store = store;
		this.catalog = catalog;
		this.references = references;
	}

	/** Imports the workbook and answers how many items it holds. */
	public int importWorkbook(UploadedFile file, String username) {
		UploadRules.check(file, MAX_BYTES, FileKind.XLSX);
		CatalogWorkbookReader.Parsed parsed = CatalogWorkbookReader.read(file.content());
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Map<String, String> parents = new HashMap<>();
		parsed.items().forEach((item) -> parents.put(item.request().code(), item.request().parentCode()));
		ItemValidator validator = new ItemValidator(new ImportReferences(this.references, parents));
		Map<String, ItemRequest> ready = new HashMap<>();
		for (ImportedItem imported : parsed.items()) {
			Optional<VersionRow> latest = this.versions.findLatest(imported.request().code());
			ItemRequest item = keepBlankForms(imported.request().normalised(), latest);
			List<FieldProblem> found = new ArrayList<>(validator.validateDraft(item));
			if (latest.isPresent() && this.versions.findPublished(item.code()).isPresent()) {
				found.addAll(validator.validateComplete(item));
			}
			found.stream().map(imported::locate).forEach(problems::add);
			ready.put(item.code(), item);
		}
		if (!problems.isEmpty()) {
			throw new CatalogImportException(problems);
		}
		Stamp stamp = this.catalog.stamp(username);
		for (ImportedItem imported : parsed.items()) {
			ItemRequest item = ready.get(imported.request().code());
			Optional<VersionRow> latest = this.versions.findLatest(item.code());
			if (latest.isPresent()) {
				this.catalog.save(item, latest.get(), stamp);
			}
			else {
				this.store.insert(item, 1, stamp.at(), stamp);
			}
		}
		return parsed.items().size();
	}

	/** The workbook carries no files: materials keep the form their namesake had. */
	private ItemRequest keepBlankForms(ItemRequest item, Optional<VersionRow> latest) {
		if (latest.isEmpty() || item.code() == null) {
			return item;
		}
		Map<String, BlankFormRef> forms = new HashMap<>();
		this.store.load(latest.get())
			.materials()
			.stream()
			.filter((material) -> material.blankForm() != null)
			.forEach((material) -> forms.putIfAbsent(material.name(), material.blankForm()));
		List<Material> materials = item.materials()
			.stream()
			.map((material) -> (material != null && material.name() != null && forms.containsKey(material.name()))
					? material.withBlankForm(forms.get(material.name())) : material)
			.toList();
		return item.withMaterials(materials);
	}

	/**
	 * References as they will be once the workbook is in: its codes exist, and their
	 * parents are the ones it gives, so sub-items may come before or after their parent.
	 */
	private record ImportReferences(ItemReferences stored, Map<String, String> parents) implements ItemReferences {

		@Override
		public boolean departmentExists(String departmentCode) {
			return this.stored.departmentExists(departmentCode);
		}

		@Override
		public boolean itemExists(String code) {
			return this.parents.containsKey(code) || this.stored.itemExists(code);
		}

		@Override
		public Optional<String> parentOf(String code) {
			if (this.parents.containsKey(code)) {
				return Optional.ofNullable(this.parents.get(code)).filter((parent) -> !parent.isBlank());
			}
			return this.stored.parentOf(code);
		}

		@Override
		public boolean processDeployed(String processKey) {
			return this.stored.processDeployed(processKey);
		}

		@Override
		public boolean blankFormBelongsTo(long blankFormId, String code) {
			return this.stored.blankFormBelongsTo(blankFormId, code);
		}

	}

}
