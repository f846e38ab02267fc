package cn.egov.approval.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded file for verification: no bigger than the configured limit (read no
 * further than that, whatever the request claims), a PDF by its content (its header and a
 * parse by PDFBox, never its name or declared type), and the serial number it prints.
 */
@Component
class UploadedPdfs {

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** 示县市监许受〔2026〕12号: an agency's prefix and tag, the year in 〔〕, the number. */
	private static final Pattern SERIAL = Pattern.compile("([\\p{IsHan}A-Za-z]{1,30})(〔\\d{4}〕\\d{1,9}号)");

	/** Enough for a notice quoting a few others; bounds the look-up. */
	private static final int MAX_CANDIDATES = 200;

	/** Notices are one or two pages; the serial number is on the first. */
	private static final int PAGES_READ = 2;

	private final ArchiveProperties properties;

	UploadedPdfs(ArchiveProperties properties) {
		this.properties = properties;
	}

	/** The upload's bytes, if it is a PDF within the limit; else a 4xx. */
	byte[] read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("error.archive.upload-empty");
		}
		long limit = this.properties.maxUploadSize().toBytes();
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
		}
		catch (IOException ex) {
			throw new BadRequestException("error.archive.upload-unreadable");
		}
		if (content.length > limit) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "error.archive.upload-too-large",
					this.properties.maxUploadSize().toMegabytes());
		}
		if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
			throw new BadRequestException("error.archive.not-pdf");
		}
		return content;
	}

	/**
	 * The serial numbers the PDF may print: for each {@code 〔year〕number号} in its text,
	 * every run of the letters before it, shortest first (the text gives no boundary
	 * between a serial number and a title printed before it).
	 * @throws BadRequestException if PDFBox cannot read it as a PDF
	 */
	List<String> printedSerials(byte[] pdf) {
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(PAGES_READ);
			text = stripper.getText(document).replaceAll("\\s+", "");
		}
		catch (IOException | RuntimeException ex) {
			throw new BadRequestException("error.archive.not-pdf");
		}
		List<String> candidates = new ArrayList<>();
		Matcher matcher = SERIAL.matcher(text);
		while (matcher.find() && candidates.size() < MAX_CANDIDATES) {
			String prefix = matcher.group(1);
			for (int start = prefix.length() - 1; start >= 0; start--) {
				candidates.add(prefix.substring(start) + matcher.group(2));
			}
		}
		return candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES));
	}

}
