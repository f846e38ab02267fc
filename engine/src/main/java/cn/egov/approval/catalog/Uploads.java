package cn.egov.approval.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** Reads a multipart file into memory, refusing a missing part or an oversized file. */
final class Uploads {

	private Uploads() {
	}

	static UploadedFile of(MultipartFile file) throws IOException {
		if (file == null) {
			throw CatalogValidationException.of("file", "error.catalog.required");
		}
		if (file.getSize() > BlankFormService.MAX_BYTES) {
			// Refused before the bytes are read into memory.
			throw CatalogValidationException.of("file", "error.catalog.upload.too-large",
					FileNames.sanitise(file.getOriginalFilename()), UploadRules.megabytes(file.getSize()),
					UploadRules.megabytes(BlankFormService.MAX_BYTES));
		}
		try (InputStream in = file.getInputStream()) {
			return new UploadedFile(file.getOriginalFilename(), in.readNBytes(BlankFormService.MAX_BYTES + 1));
		}
	}

}
