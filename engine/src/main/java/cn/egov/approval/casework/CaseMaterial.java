package cn.egov.approval.casework;

import java.time.LocalDateTime;

/** An uploaded material's record; the bytes are in the {@link MaterialStore}. */
record CaseMaterial(String id, String caseNo, int materialIndex, String materialName, String fileName,
		String contentType, int sizeBytes, String sha256, LocalDateTime uploadedAt, String uploadedBy) {
}
