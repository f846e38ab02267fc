package cn.egov.approval.notices;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import org.springframework.stereotype.Component;

/**
 * Renders a notice as an A4 PDF in official-document layout: the agency's name in red
 * over a red rule, the centred title, the serial number, the addressee, the body, the
 * agency's name and the date in Chinese numerals under the agency's seal, page numbers.
 * The Chinese font is embedded as a subset, so the text is extractable (pdftotext) and no
 * font is needed on the reader's machine. Thread-safe.
 */
@Component
public class NoticeRenderer {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int LINES_KEPT_WITH_SIGNATURE = 2;

	private final NoticeFonts fonts;

	private final SealImages seals = new SealImages();

	public NoticeRenderer(NoticeFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * Renders a notice.
	 * @param notice the notice
	 * @return the PDF
	 */
	public byte[] render(NoticeDocument notice) {
		try {
			return this.fonts.withFont((font) -> draw(notice, font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render notice " + notice.serialNo(), ex);
		}
	}

	private byte[] draw(NoticeDocument notice, NoticeFonts.Borrowed fonts) throws IOException {
		Attempt attempt = attempt(notice, fonts, Setting.FIRST);
		while (attempt.pdf() == null) {
			attempt = attempt(notice, fonts, attempt.next());
		}
		return attempt.pdf();
	}

	/**
	 * How a notice is drawn: where the body breaks to keep lines with the signature, and
	 * with which face of the font, the cheapest first since most notices need no other.
	 */
	private record Setting(int breakBeforeLine, FontFace face) {

		static final Setting FIRST = new Setting(BodyWriter.NO_FORCED_BREAK, FontFace.COMMON);

		Setting breakingBefore(int line) {
			return new Setting(line, this.face);
		}

		Setting with(FontFace face) {
			return new Setting(this.breakBeforeLine, face);
		}

	}

	/** A rendered PDF, or none with the setting to draw the notice with instead. */
	private record Attempt(byte[] pdf, Setting next) {
	}

	private Attempt attempt(NoticeDocument notice, NoticeFonts.Borrowed fonts, Setting setting) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PageFlow flow = new PageFlow(document, this.fonts, fonts, setting.face());
			flow.newPage();
			header(flow, notice);
			BodyWriter body = new BodyWriter(flow, setting.breakBeforeLine());
			body.addressee(notice.addressee());
			for (NoticeBlock block : notice.body()) {
				body.write(block);
			}
			boolean alone = new SignatureWriter(flow, this.seals).write(notice.agency().name(), notice.date(),
					fonts.complete());
			flow.numberPages();
			if (flow.neededFace().compareTo(setting.face()) > 0) {
				return new Attempt(null, setting.with(flow.neededFace()));
			}
			if (alone && setting.breakBeforeLine() == BodyWriter.NO_FORCED_BREAK
					&& body.lines() > LINES_KEPT_WITH_SIGNATURE) {
				// The signature would stand alone on the last page, which official
				// documents avoid (GB/T 9704): the body's last lines go over with it.
				return new Attempt(null, setting.breakingBefore(body.lines() - LINES_KEPT_WITH_SIGNATURE));
			}
			describe(document, notice);
			ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
			document.save(out);
			return new Attempt(out.toByteArray(), setting);
		}
	}

	private static void header(PageFlow flow, NoticeDocument notice) throws IOException {
		centredLines(flow, flow.wrap(notice.agency().name(), 22, PageFlow.width(), PageFlow.width()), 22, 32,
				PageFlow.RED);
		flow.moveDown(4);
		flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y(), 2f, PageFlow.RED);
		flow.moveDown(10);
		centredLines(flow, flow.wrap(notice.title(), 18, PageFlow.width(), PageFlow.width()), 18, 28, Color.BLACK);
		List<String> serial = flow.wrap(notice.serialNo(), BodyWriter.SIZE, PageFlow.width(), PageFlow.width());
		for (String line : serial) {
			flow.centred(line, PageFlow.baseline(flow.y(), BodyWriter.LEADING, BodyWriter.SIZE), BodyWriter.SIZE,
					Color.BLACK, false);
			flow.moveDown(BodyWriter.LEADING);
		}
		flow.moveDown(6);
	}

	private static void centredLines(PageFlow flow, List<String> lines, float size, float leading, Color colour)
			throws IOException {
		for (String line : lines) {
			flow.centred(line, PageFlow.baseline(flow.y(), leading, size), size, colour, true);
			flow.moveDown(leading);
		}
	}

	private static void describe(PDDocument document, NoticeDocument notice) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(notice.title() + " " + notice.serialNo());
		info.setAuthor(notice.agency().name());
		info.setSubject(notice.serialNo());
		info.setCreator("行政审批与电子监察平台");
		info.setProducer("Apache PDFBox");
		// The issue date, not the rendering instant: the same notice renders to the same
		// bytes.
		info.setCreationDate(GregorianCalendar.from(notice.date().atStartOfDay(ZONE)));
		document.getDocumentCatalog().setLanguage("zh-CN");
		document.getDocument().setDocumentID(documentId(notice));
	}

	/**
	 * PDFBox would derive the file identifier from the clock; the serial number is unique
	 * and keeps the bytes reproducible.
	 */
	private static COSArray documentId(NoticeDocument notice) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((notice.agency().code() + "|" + notice.serialNo()).getBytes(StandardCharsets.UTF_8));
			COSString id = new COSString(Arrays.copyOf(digest, 16));
			COSArray ids = new COSArray();
			ids.add(id);
			ids.add(id);
			return ids;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
