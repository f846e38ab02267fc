package cn.egov.approval.casework;

import java.util.Arrays;
import java.util.Optional;

/** The file types accepted as application materials, recognised by their content. */
enum MaterialKind {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final String contentType;

	private final String extension;

	private final byte[] signature;

	MaterialKind(String contentType, String extension, byte[] signature) {
		this.contentType = contentType;
		this.extension = extension;
		this.signature = signature;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<MaterialKind> detect(byte[] content) {
		return Arrays.stream(values())
			.filter((kind) -> content.length >= kind.signature.length
					&& Arrays.equals(content, 0, kind.signature.length, kind.signature, 0, kind.signature.length))
			.findFirst();
	}

}
