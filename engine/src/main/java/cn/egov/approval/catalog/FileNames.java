package cn.egov.approval.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Uploaded file names are text to show and offer back on download, never paths: only the
 * last segment is kept, control and reserved characters are dropped, and the length is
 * bounded.
 */
public final class FileNames {

	static final int MAX_LENGTH = 100;

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\u202A-\\u202E\\u2066-\\u2069]");

	private static final String RFC5987_SAFE = "!#$&+-.^_`|~";

	private FileNames() {
	}

	/** The name to store, without any directory part; "" when nothing usable is left. */
	public static String sanitise(String original) {
		if (original == null) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(name).replaceAll("").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > MAX_LENGTH) {
			String extension = extension(name);
			int keep = MAX_LENGTH - ((extension.isEmpty()) ? 0 : extension.length() + 1);
			name = name.substring(0, keep) + (extension.isEmpty() ? "" : "." + extension);
		}
		return name;
	}

	/** The lower-case extension without the dot, or "". */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0 || dot == name.length() - 1) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code attachment} with an ASCII fallback name and the exact name as RFC 5987
	 * {@code filename*}, which every current browser prefers.
	 */
	public static String contentDisposition(String name) {
		StringBuilder ascii = new StringBuilder();
		StringBuilder encoded = new StringBuilder();
		name.codePoints()
			.forEach((c) -> ascii.append((c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? (char) c : '_'));
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| RFC5987_SAFE.indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
