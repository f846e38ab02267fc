package cn.egov.approval.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Checks an upload's size and content, and derives the name to keep. */
final class UploadRules {

	private UploadRules() {
	}

	/**
	 * The recognised kind, if it is one of {@code accepted}; otherwise a 400 naming the
	 * file.
	 */
	static FileKind check(UploadedFile file, int maxBytes, FileKind... accepted) {
		String shown = FileNames.sanitise(file.originalName());
		if (file.content().length == 0) {
			throw CatalogValidationException.of("file", "error.catalog.upload.empty", shown);
		}
		if (file.content().length > maxBytes) {
			throw CatalogValidationException.of("file", "error.catalog.upload.too-large", shown,
					megabytes(file.content().length), megabytes(maxBytes));
		}
		List<FileKind> allowed = Arrays.asList(accepted);
		return FileContentChecker.detect(file.content())
			.filter(allowed::contains)
			.orElseThrow(() -> CatalogValidationException.of("file", "error.catalog.upload.type", shown,
					allowed.stream().map(FileKind::label).collect(Collectors.joining(", "))));
	}

	/**
	 * The name to keep: sanitised, with the extension of the detected kind. A name whose
	 * extension says otherwise is refused, so that what the applicant downloads opens in
	 * the program its name promises.
	 */
	static String fileName(String original, FileKind kind) {
		String name = FileNames.sanitise(original);
		String extension = FileNames.extension(name);
		if (extension.isEmpty()) {
			return (name.isEmpty() ? "blank-form" : name) + "." + kind.extension();
		}
		if (!extension.equals(kind.extension())) {
			throw CatalogValidationException.of("file", "error.catalog.upload.extension", name, kind.label(),
					extension);
		}
		return name;
	}

	static String megabytes(long bytes) {
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
