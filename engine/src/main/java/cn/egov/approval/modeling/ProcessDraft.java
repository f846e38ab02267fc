package cn.egov.approval.modeling;

import java.time.LocalDateTime;

/**
 * One saved draft of a process, decision table or form.
 *
 * @param id the row id
 * @param resourceKind BPMN, DMN or FORM
 * @param resourceKey the process key, decision key or form id
 * @param draftNo its number among the drafts of that resource (1, 2, ...)
 * @param itemCode the catalog item of a generated process, or null
 * @param content the XML (BPMN, DMN) or JSON (form)
 * @param note what the author said about it
 * @param savedBy who saved it
 * @param savedAt when
 * @param deploymentId the engine deployment made from it, or null while undeployed
 * @param deployedVersion the definition version it became
 * @param deployedBy who deployed it
 * @param deployedAt when
 */
public record ProcessDraft(Long id, String resourceKind, String resourceKey, int draftNo, String itemCode,
		String content, String note, String savedBy, LocalDateTime savedAt, String deploymentId,
		Integer deployedVersion, String deployedBy, LocalDateTime deployedAt) {
}
