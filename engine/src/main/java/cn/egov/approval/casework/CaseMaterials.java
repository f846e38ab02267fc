package cn.egov.approval.casework;

import java.util.List;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.audit.Sha256;
import cn.egov.approval.catalog.FileNames;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.web.ApiException;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application materials: PDF, JPEG or PNG by content, within the size limit, stored under
 * their SHA-256 and listed on the case.
 */
@Service
@Transactional
public class CaseMaterials {

	static final String SUPPLEMENTED_MESSAGE = "MaterialsSupplemented";

	private final CaseMapper mapper;

	private final CaseFiles files;

	private final CaseAccess access;

	private final CaseItems items;

	private final MaterialStore store;

	private final CaseTimeline timeline;

	private final CaseworkProperties properties;

	private final RuntimeService runtime;

	CaseMaterials(CaseMapper mapper, CaseFiles files, CaseAccess access, CaseItems items, MaterialStore store,
			CaseTimeline timeline, CaseworkProperties properties, RuntimeService runtime) {
		this.runtime = runtime;
		this.mapper = mapper;
		this.files = files;
		this.access = access;
		this.items = items;
		this.store = store;
		this.timeline = timeline;
		this.properties = properties;
	}

	/** Adds a material while the case is received or awaiting correction. */
	public CaseMaterial upload(String caseNo, Integer materialIndex, String originalName, byte[] content,
			PlatformUser user) {
		CaseFile file = this.files.lockReadable(caseNo, user);
		requireApplicantOrClerk(file, user);
		if (!file.caseStatus().acceptsMaterials()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.case.materials.closed");
		}
		Item item = this.items.of(file);
		if (materialIndex == null || materialIndex < 0 || materialIndex >= item.materials().size()) {
			throw CaseValidationException.of("materialIndex", "error.case.materials.index",
					String.valueOf(materialIndex), item.materials().size() - 1);
		}
		String shown = FileNames.sanitise(originalName);
		if (content.length == 0) {
			throw CaseValidationException.of("file", "error.case.materials.empty", shown);
		}
		if (content.length > this.properties.maxUploadBytes()) {
			throw CaseValidationException.of("file", "error.case.materials.too-large", shown, megabytes(content.length),
					megabytes(this.properties.maxUploadBytes()));
		}
		MaterialKind kind = MaterialKind.detect(content)
			.orElseThrow(() -> CaseValidationException.of("file", "error.case.materials.type", shown));
		String sha256 = Sha256.hex(content);
		this.store.put(sha256, content);
		CaseMaterial material = new CaseMaterial(UUID.randomUUID().toString(), caseNo, materialIndex,
				item.materials().get(materialIndex).name(), fileName(shown, kind), kind.contentType(), content.length,
				sha256, this.timeline.now(), user.getUsername());
		this.mapper.insertMaterial(material);
		this.timeline.record(caseNo, EventKind.MATERIAL_UPLOADED, user.getUsername(), null, null, null,
				material.materialName() + "：" + material.fileName(), false);
		return material;
	}

	/**
	 * The applicant (or the clerk for them) says the correction is complete: the case
	 * goes back to the pre-check.
	 */
	public void supplement(String caseNo, String note, PlatformUser user) {
		CaseFile file = this.files.lockReadable(caseNo, user);
		requireApplicantOrClerk(file, user);
		if (file.caseStatus() != CaseStatus.CORRECTION_REQUESTED) {
			throw new ApiException(HttpStatus.CONFLICT, "error.case.supplement.not-requested");
		}
		if (!uploadedSinceCorrectionNotice(caseNo)) {
			throw CaseValidationException.of("materials", "error.case.supplement.nothing-uploaded");
		}
		this.mapper.setStatus(caseNo, CaseStatus.RECEIVED.name());
		this.timeline.record(caseNo, EventKind.SUPPLEMENTED, user.getUsername(), null, null,
				(note != null && !note.isBlank()) ? note.strip() : null, null, false);
		this.runtime.createMessageCorrelation(SUPPLEMENTED_MESSAGE)
			.processInstanceId(file.processInstanceId())
			.setVariable(ProcessVariables.ACTOR, user.getUsername())
			.correlate();
	}

	/**
	 * Whether a material came in after the last correction notice: the timeline's order
	 * (not its times, which may share a second) tells.
	 */
	private boolean uploadedSinceCorrectionNotice(String caseNo) {
		boolean uploaded = false;
		for (CaseEvent event : this.mapper.findEvents(caseNo)) {
			if (EventKind.CORRECTION_REQUESTED.name().equals(event.kind())) {
				uploaded = false;
			}
			else if (EventKind.MATERIAL_UPLOADED.name().equals(event.kind())) {
				uploaded = true;
			}
		}
		return uploaded;
	}

	private void requireApplicantOrClerk(CaseFile file, PlatformUser user) {
		boolean clerk = this.access.isLeadStaff(user, file, Role.CLERK);
		if (!clerk && !this.access.isOwner(user, file)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.case.materials.not-allowed");
		}
	}

	@Transactional(readOnly = true)
	public List<CaseMaterial> list(String caseNo, PlatformUser user) {
		this.files.readable(caseNo, user);
		return this.mapper.findMaterials(caseNo);
	}

	/** A material with its bytes, as stored. */
	@Transactional(readOnly = true)
	public MaterialContent read(String caseNo, String id, PlatformUser user) {
		this.files.readable(caseNo, user);
		CaseMaterial material = this.mapper.findMaterial(caseNo, id)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.case.materials.unknown"));
		return new MaterialContent(material, this.store.get(material.sha256()));
	}

	private static String fileName(String shown, MaterialKind kind) {
		String extension = FileNames.extension(shown);
		String base = shown.isEmpty() ? "material" : shown;
		boolean jpeg = kind == MaterialKind.JPEG && "jpeg".equals(extension);
		return (extension.equals(kind.extension()) || jpeg) ? base : base + "." + kind.extension();
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * @param material the record
	 * @param content the bytes
	 */
	public record MaterialContent(CaseMaterial material, byte[] content) {
	}

}
