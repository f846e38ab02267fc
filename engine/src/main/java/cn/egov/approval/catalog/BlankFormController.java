package cn.egov.approval.catalog;

import java.io.IOException;

import cn.egov.approval.catalog.BlankFormMapper.BlankFormRow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads blank forms onto materials and serves them to applicants. */
@RestController
class BlankFormController {

	private final BlankFormService forms;

	BlankFormController(BlankFormService forms) {
		this.forms = forms;
	}

	@PostMapping(path = "/api/items/{code}/materials/{index}/blank-form",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	Item upload(@PathVariable String code, @PathVariable int index,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication caller)
			throws IOException {
		return this.forms.attach(code, index, Uploads.of(file), caller.getName());
	}

	@GetMapping("/api/items/blank-forms/{id}")
	@PreAuthorize(CatalogRoles.EVERYONE)
	ResponseEntity<byte[]> download(@PathVariable long id, Authentication caller) {
		BlankFormRow form = this.forms.download(id, CatalogRoles.maintains(caller));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(form.contentType()))
			.contentLength(form.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(form.fileName()))
			.eTag("\"" + form.sha256() + "\"")
			.body(form.content());
	}

}
