package cn.egov.approval.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Keeps material bytes on disk under their SHA-256, so a file name never comes from user
 * input and the same document uploaded twice is stored once. A file is written to a
 * temporary name and moved into place, so a reader never sees half a file; a file whose
 * database row rolled back is harmless (nothing refers to it).
 */
@Component
class MaterialStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	MaterialStore(CaseworkProperties properties) {
		this.root = properties.storageDir().toAbsolutePath().normalize();
	}

	void put(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store material " + sha256, ex);
		}
	}

	byte[] get(String sha256) {
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read material " + sha256, ex);
		}
	}

	private Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

}
