package cn.egov.approval.catalog;

/** The document types the catalog accepts as blank forms, as recognised by content. */
enum FileKind {

	PDF("application/pdf", "pdf", "PDF"), DOC("application/msword", "doc", "Word 97-2003"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word"),
	XLS("application/vnd.ms-excel", "xls", "Excel 97-2003"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel");

	private final String contentType;

	private final String extension;

	private final String label;

	FileKind(String contentType, String extension, String label) {
		this.contentType = contentType;
		this.extension = extension;
		this.label = label;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	/** How a person calls it, for messages. */
	String label() {
		return this.label;
	}

}
