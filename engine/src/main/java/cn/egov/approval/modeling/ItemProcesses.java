package cn.egov.approval.modeling;

import java.util.Optional;

import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Item;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item processes from the catalog: generates an item's process, compares it with what the
 * reform office has (the latest draft, else the deployed process) and saves it as a draft
 * only when told to replace a different one.
 */
@Service
@Transactional
public class ItemProcesses {

	private final CatalogService catalog;

	private final ItemProcessGenerator generator;

	private final ProcessDraftMapper mapper;

	private final ModelResources resources;

	private final ModelDrafts drafts;

	ItemProcesses(CatalogService catalog, ItemProcessGenerator generator, ProcessDraftMapper mapper,
			ModelResources resources, ModelDrafts drafts) {
		this.catalog = catalog;
		this.generator = generator;
		this.mapper = mapper;
		this.resources = resources;
		this.drafts = drafts;
	}

	/**
	 * The generated process and how it differs from the current one; nothing is saved.
	 */
	@Transactional(readOnly = true)
	public Generated preview(String itemCode) {
		Item item = item(itemCode);
		String key = ItemProcessGenerator.processKey(item.code());
		String xml = this.generator.generateXml(item);
		Optional<Current> current = current(key);
		ProcessDiff diff = current.map((c) -> ProcessDiff.between(c.content(), xml)).orElse(null);
		return new Generated(item.code(), item.version(), key, xml, current.map(Current::label).orElse(null),
				current.map(Current::draftNo).orElse(0), diff);
	}

	/**
	 * Saves the generated process as the next draft. If the current process differs, the
	 * caller must confirm the replacement (409 with the difference otherwise).
	 */
	public ProcessDraft save(String itemCode, boolean confirm, String username) {
		Generated generated = preview(itemCode);
		if (generated.diff() != null && generated.diff().isEmpty() && generated.currentDraftNo() > 0) {
			return this.drafts.list(ResourceKind.BPMN, generated.processKey()).get(0);
		}
		if (generated.diff() != null && !generated.diff().isEmpty() && !confirm) {
			throw new ModelingException(HttpStatus.CONFLICT, "error.modeling.generated-differs", generated.processKey(),
					generated.current());
		}
		return this.drafts.save(ResourceKind.BPMN, generated.processKey(), new ModelDrafts.SaveRequest(generated.xml(),
				"由事项目录生成（第 " + generated.itemVersion() + " 版）", null, generated.itemCode()), username);
	}

	private Item item(String itemCode) {
		return this.catalog.findPublished(itemCode)
			.orElseThrow(() -> new ModelingException(HttpStatus.NOT_FOUND, "error.modeling.item", itemCode));
	}

	private Optional<Current> current(String key) {
		Optional<ProcessDraft> draft = this.mapper.findLatest(ResourceKind.BPMN.name(), key);
		if (draft.isPresent()) {
			return Optional
				.of(new Current(draft.get().content(), "draft:" + draft.get().draftNo(), draft.get().draftNo()));
		}
		return this.resources.deployed(ResourceKind.BPMN, key).map((xml) -> new Current(xml, "deployed", 0));
	}

	private record Current(String content, String label, int draftNo) {
	}

	/**
	 * @param itemCode the item
	 * @param itemVersion the catalog version it was generated from
	 * @param processKey {@code item-…}
	 * @param xml the generated BPMN
	 * @param current what it would replace: {@code draft:N}, {@code deployed}, or null
	 * @param currentDraftNo the latest draft's number (0 if none)
	 * @param diff the difference from the current process, null if there is none yet
	 */
	public record Generated(String itemCode, int itemVersion, String processKey, String xml, String current,
			int currentDraftNo, ProcessDiff diff) {
	}

}
