package cn.egov.approval.modeling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts: every save is a new numbered draft of its resource, so nothing saved is lost
 * and the list reads as the resource's history. A save names the draft it was based on;
 * if someone saved another since, it is refused rather than silently overwritten.
 */
@Service
@Transactional
public class ModelDrafts {

	/** Longest content accepted: a process with a large diagram stays far below it. */
	static final int MAX_CONTENT = 2_000_000;

	private static final int MAX_NOTE = 500;

	private final ProcessDraftMapper mapper;

	private final ModelResources resources;

	private final java.time.Clock clock;

	ModelDrafts(ProcessDraftMapper mapper, ModelResources resources, java.time.Clock clock) {
		this.mapper = mapper;
		this.resources = resources;
		this.clock = clock;
	}

	/**
	 * What the editor opens: the latest draft, or else the deployed or shipped content.
	 */
	@Transactional(readOnly = true)
	public Opened open(ResourceKind kind, String key) {
		ModelResources.checkKey(key);
		Optional<ProcessDraft> draft = this.mapper.findLatest(kind.name(), key);
		if (draft.isPresent()) {
			ProcessDraft latest = draft.get();
			return new Opened(kind, key, latest.content(), "DRAFT", latest.draftNo(), latest.itemCode(),
					latest.deployedVersion());
		}
		String content = this.resources.deployedOrShipped(kind, key)
			.orElseThrow(() -> new ModelingException(HttpStatus.NOT_FOUND, "error.modeling.not-found", key));
		return new Opened(kind, key, content, "DEPLOYED", 0, null, null);
	}

	/**
	 * Saves content as the next draft.
	 * @param baseDraftNo the draft the author edited (0: none); a later draft refuses it
	 */
	public ProcessDraft save(ResourceKind kind, String key, SaveRequest request, String username) {
		ModelResources.checkKey(key);
		if (request == null || request.content() == null || request.content().isBlank()
				|| request.content().length() > MAX_CONTENT) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.content", MAX_CONTENT);
		}
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.note", MAX_NOTE);
		}
		int last = this.mapper.lastDraftNo(kind.name(), key);
		if (request.baseDraftNo() != null && request.baseDraftNo() != last) {
			throw new ModelingException(HttpStatus.CONFLICT, "error.modeling.stale", last, request.baseDraftNo());
		}
		String itemCode = (request.itemCode() != null) ? request.itemCode()
				: this.mapper.findLatest(kind.name(), key).map(ProcessDraft::itemCode).orElse(null);
		ProcessDraft draft = new ProcessDraft(null, kind.name(), key, last + 1, itemCode, request.content(),
				request.note(), username, now(), null, null, null, null);
		this.mapper.insert(draft);
		return meta(this.mapper.find(kind.name(), key, last + 1).orElseThrow());
	}

	@Transactional(readOnly = true)
	public List<ProcessDraft> list(ResourceKind kind, String key) {
		ModelResources.checkKey(key);
		return this.mapper.list(kind.name(), key);
	}

	@Transactional(readOnly = true)
	public ProcessDraft get(ResourceKind kind, String key, int draftNo) {
		ModelResources.checkKey(key);
		return this.mapper.find(kind.name(), key, draftNo)
			.orElseThrow(
					() -> new ModelingException(HttpStatus.NOT_FOUND, "error.modeling.draft-not-found", key, draftNo));
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE);
	}

	private static ProcessDraft meta(ProcessDraft draft) {
		return new ProcessDraft(draft.id(), draft.resourceKind(), draft.resourceKey(), draft.draftNo(),
				draft.itemCode(), null, draft.note(), draft.savedBy(), draft.savedAt(), draft.deploymentId(),
				draft.deployedVersion(), draft.deployedBy(), draft.deployedAt());
	}

	/**
	 * @param content the XML or form JSON
	 * @param note what changed, optional
	 * @param baseDraftNo the draft the author started from (0 = none yet); null skips the
	 * check
	 * @param itemCode the item of a generated process, optional
	 */
	public record SaveRequest(String content, String note, Integer baseDraftNo, String itemCode) {
	}

	/**
	 * @param kind BPMN, DMN or FORM
	 * @param key its key
	 * @param content what to edit
	 * @param source DRAFT or DEPLOYED (deployed or shipped content)
	 * @param draftNo the draft opened (0 if none)
	 * @param itemCode the item of a generated process
	 * @param deployedVersion the version the draft became, if deployed
	 */
	public record Opened(ResourceKind kind, String key, String content, String source, int draftNo, String itemCode,
			Integer deployedVersion) {
	}

}
