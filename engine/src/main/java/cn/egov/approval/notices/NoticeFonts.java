package cn.egov.approval.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * The Chinese font of the notices, which the build puts on the class path
 * (engine/pom.xml: Noto Serif SC, OFL-1.1, TrueType outlines, which PDFBox can subset).
 * Parsing it takes ~0.3 s, so parsed fonts are kept and reused. A parsed
 * {@link TrueTypeFont} reads glyphs from one shared buffer, so each render borrows one
 * for itself, with a parsed copy of the {@link FontFaces reduced font}; at most one pair
 * per processor is parsed.
 */
@Component
public class NoticeFonts {

	/** Where the build puts the font. */
	public static final String RESOURCE = "fonts/NotoSerifSC-Regular.ttf";

	private final ConcurrentLinkedDeque<Borrowed> idle = new ConcurrentLinkedDeque<>();

	private final Semaphore permits = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	private final Map<Integer, Float> advances = new ConcurrentHashMap<>();

	private volatile byte[] data;

	private volatile FontFaces faces;

	/**
	 * Parsed fonts that one render uses alone.
	 *
	 * @param complete the complete font
	 * @param common its copy reduced to common characters ({@link FontFace#COMMON})
	 */
	public record Borrowed(TrueTypeFont complete, TrueTypeFont common) {
	}

	/** Work done with borrowed fonts. */
	@FunctionalInterface
	public interface FontWork<T> {

		T apply(Borrowed fonts) throws IOException;

	}

	/**
	 * Runs work with parsed fonts that no other thread uses meanwhile.
	 * @param <T> the work's result
	 * @param work the work
	 * @return its result
	 * @throws IOException if the work or parsing fails
	 */
	public <T> T withFont(FontWork<T> work) throws IOException {
		this.permits.acquireUninterruptibly();
		Borrowed fonts = this.idle.pollFirst();
		try {
			if (fonts == null) {
				fonts = parse();
			}
			return work.apply(fonts);
		}
		finally {
			if (fonts != null) {
				this.idle.offerFirst(fonts);
			}
			this.permits.release();
		}
	}

	private Borrowed parse() throws IOException {
		TrueTypeFont complete = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
		return new Borrowed(complete, faces(complete).parseCommon());
	}

	/**
	 * Embeds one of the borrowed fonts in a document, as a subset.
	 * @param document the document
	 * @param fonts the borrowed fonts
	 * @param face which of them, as {@link #faceFor} found that the text needs
	 * @return the document's font
	 * @throws IOException if the font cannot be read
	 */
	PDType0Font embed(PDDocument document, Borrowed fonts, FontFace face) throws IOException {
		if (face == FontFace.COMMON) {
			return faces(fonts.complete()).embedCommon(document, fonts.common());
		}
		// PDFBox takes the GSUB data when the font is loaded and applies it to all text
		// shown in that font.
		fonts.complete().setEnableGsub(face == FontFace.SUBSTITUTING);
		try {
			return PDType0Font.load(document, fonts.complete(), true);
		}
		finally {
			fonts.complete().setEnableGsub(true);
		}
	}

	/**
	 * Returns the cheapest face that draws a text as the complete font does.
	 * @param fonts borrowed fonts
	 * @param text the text
	 * @return the face
	 * @throws IOException if the font cannot be read
	 */
	FontFace faceFor(Borrowed fonts, String text) throws IOException {
		return faces(fonts.complete()).faceFor(text);
	}

	private FontFaces faces(TrueTypeFont complete) throws IOException {
		FontFaces derived = this.faces;
		if (derived == null) {
			// Once per process, at the first parse: reducing the font takes ~0.5 s.
			synchronized (this) {
				if (this.faces == null) {
					this.faces = FontFaces.of(complete);
				}
				derived = this.faces;
			}
		}
		return derived;
	}

	/**
	 * Returns a code point's advance width, cached across documents.
	 * @param font a borrowed font
	 * @param codePoint the code point, which the font must have
	 * @return the width in thousandths of the font size
	 */
	float advance(TrueTypeFont font, int codePoint) {
		return this.advances.computeIfAbsent(codePoint, (cp) -> {
			try {
				int glyph = font.getUnicodeCmapLookup().getGlyphId(cp);
				return font.getAdvanceWidth(glyph) * 1000f / font.getUnitsPerEm();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private byte[] bytes() throws IOException {
		byte[] loaded = this.data;
		if (loaded == null) {
			synchronized (this) {
				if (this.data == null) {
					this.data = read();
				}
				loaded = this.data;
			}
		}
		return loaded;
	}

	private static byte[] read() throws IOException {
		try (InputStream in = NoticeFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException(RESOURCE + " is not on the class path: build the engine module with Maven, "
						+ "which fetches it (engine/pom.xml)");
			}
			return in.readAllBytes();
		}
	}

}
