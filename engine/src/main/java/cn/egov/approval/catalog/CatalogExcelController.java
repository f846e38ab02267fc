package cn.egov.approval.catalog;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The whole catalog as an Excel workbook, out and in (reform office and administrators).
 */
@RestController
class CatalogExcelController {

	private final CatalogExport export;

	private final CatalogImporter importer;

	private final java.time.Clock clock;

	CatalogExcelController(CatalogExport export, CatalogImporter importer, java.time.Clock clock) {
		this.export = export;
		this.importer = importer;
		this.clock = clock;
	}

	@GetMapping("/api/items/export")
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	ResponseEntity<byte[]> export() {
		byte[] workbook = this.export.workbook();
		String date = LocalDate.ofInstant(this.clock.instant(), PlatformClock.ZONE)
			.format(DateTimeFormatter.BASIC_ISO_DATE);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FileKind.XLSX.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("事项库-" + date + ".xlsx"))
			.body(workbook);
	}

	@PostMapping(path = "/api/items/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	ImportResult importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file,
			Authentication caller) throws IOException {
		return new ImportResult(this.importer.importWorkbook(Uploads.of(file), caller.getName()));
	}

	/** How many items the workbook brought in (as drafts). */
	record ImportResult(int imported) {
	}

}
