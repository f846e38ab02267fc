package cn.egov.approval.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises PDF, Word and Excel files by their content, never by the name or the type
 * the browser claims: {@code %PDF-}; the OLE2 header with a {@code WordDocument} or
 * {@code Workbook} stream; a ZIP whose central directory lists
 * {@code [Content_Types].xml} and {@code word/} or {@code xl/} parts. The ZIP directory
 * is read without inflating anything, so a compressed bomb costs nothing here.
 */
final class FileContentChecker {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private FileContentChecker() {
	}

	static Optional<FileKind> detect(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(content, OLE2)) {
			return ole2(content);
		}
		if (startsWith(content, ZIP)) {
			return ooxml(ZipDirectory.entryNames(content));
		}
		return Optional.empty();
	}

	private static Optional<FileKind> ole2(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("WordDocument")) {
				return Optional.of(FileKind.DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(FileKind.XLS);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// A damaged or forged header: not a document we accept.
			return Optional.empty();
		}
	}

	private static Optional<FileKind> ooxml(Set<String> names) {
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(FileKind.DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(FileKind.XLSX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Reads the names in a ZIP's central directory (no ZIP64: uploads are small). */
	static final class ZipDirectory {

		private static final int END_SIGNATURE = 0x06054b50;

		private static final int ENTRY_SIGNATURE = 0x02014b50;

		private static final int END_SIZE = 22;

		private ZipDirectory() {
		}

		static Set<String> entryNames(byte[] zip) {
			Set<String> names = new HashSet<>();
			int end = findEnd(zip);
			if (end < 0) {
				return names;
			}
			int count = u16(zip, end + 10);
			long offset = u32(zip, end + 16);
			int position = (int) Math.min(offset, Integer.MAX_VALUE);
			for (int i = 0; i < count && position + 46 <= zip.length; i++) {
				if (u32(zip, position) != ENTRY_SIGNATURE) {
					break;
				}
				int nameLength = u16(zip, position + 28);
				int extraLength = u16(zip, position + 30);
				int commentLength = u16(zip, position + 32);
				if (position + 46 + nameLength > zip.length) {
					break;
				}
				names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
				position += 46 + nameLength + extraLength + commentLength;
			}
			return names;
		}

		/** The end record sits in the last 22 bytes plus at most a 64 KB comment. */
		private static int findEnd(byte[] zip) {
			int lowest = Math.max(0, zip.length - END_SIZE - 0xFFFF);
			for (int i = zip.length - END_SIZE; i >= lowest; i--) {
				if (u32(zip, i) == END_SIGNATURE) {
					return i;
				}
			}
			return -1;
		}

		private static int u16(byte[] b, int at) {
			return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
		}

		private static long u32(byte[] b, int at) {
			return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
		}

	}

}
