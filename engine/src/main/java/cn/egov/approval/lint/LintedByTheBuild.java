package cn.egov.approval.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.audit.Sha256;

/**
 * The processes the build linted and passed (lint/pom.xml writes their SHA-256 into the
 * lint jar): deploying these very bytes teaches the rules nothing new, so the platform
 * starts without running them on its own {@code processes/} (GraalJS' interpreter needs
 * seconds for a large process).
 */
final class LintedByTheBuild {

	static final String MANIFEST = "cn/egov/approval/lint/processes-passed.sha256";

	private final Set<String> hashes;

	private LintedByTheBuild(Set<String> hashes) {
		this.hashes = hashes;
	}

	static LintedByTheBuild load() {
		try (InputStream in = LintedByTheBuild.class.getClassLoader().getResourceAsStream(MANIFEST)) {
			if (in == null) {
				// Built with -Dskip.lint: every resource is linted at deployment.
				return new LintedByTheBuild(Set.of());
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new LintedByTheBuild(lines.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty())
				.map((line) -> line.split("\\s+")[0])
				.collect(Collectors.toUnmodifiableSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean passed(byte[] resource) {
		return !this.hashes.isEmpty() && this.hashes.contains(Sha256.hex(resource));
	}

}
