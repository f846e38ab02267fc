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
 * for itself; at most one per processor is parsed, all reading the same bytes.
 */
@Component
public class NoticeFonts {

	/** Where the build puts the font. */
	public static final String RESOURCE = "fonts/NotoSerifSC-Regular.ttf";

	private final ConcurrentLinkedDeque<TrueTypeFont> idle = new ConcurrentLinkedDeque<>();

	private final Semaphore permits = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	private final Map<Integer, Float> advances = new ConcurrentHashMap<>();

	private volatile byte[] data;

	private volatile GlyphSubstitutions substitutions;

	/** Work done with a borrowed font. */
	@FunctionalInterface
	public interface FontWork<T> {

		T apply(TrueTypeFont font) throws IOException;

	}

	/**
	 * Runs work with a parsed font that no other thread uses meanwhile.
	 * @param <T> the work's result
	 * @param work the work
	 * @return its result
	 * @throws IOException if the work or parsing fails
	 */
	public <T> T withFont(FontWork<T> work) throws IOException {
		this.permits.acquireUninterruptibly();
		TrueTypeFont font = this.idle.pollFirst();
		try {
			if (font == null) {
				font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
			}
			return work.apply(font);
		}
		finally {
			if (font != null) {
				this.idle.offerFirst(font);
			}
			this.permits.release();
		}
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

	/**
	 * Embeds a borrowed font in a document, as a subset.
	 * @param document the document
	 * @param font the font
	 * @param substitutions whether the document's text needs the font's glyph
	 * substitutions ({@link #substitutes})
	 * @return the document's font
	 * @throws IOException if the font cannot be read
	 */
	PDType0Font embed(PDDocument document, TrueTypeFont font, boolean substitutions) throws IOException {
		// PDFBox takes the GSUB data when the font is loaded and applies it to all text
		// shown in that font.
		font.setEnableGsub(substitutions);
		try {
			return PDType0Font.load(document, font, true);
		}
		finally {
			font.setEnableGsub(true);
		}
	}

	/**
	 * Returns whether the font's glyph substitutions may change how a text is drawn.
	 * @param font a borrowed font
	 * @param text the text
	 * @return whether the text must be drawn with substitutions
	 * @throws IOException if the font cannot be read
	 */
	boolean substitutes(TrueTypeFont font, String text) throws IOException {
		GlyphSubstitutions known = this.substitutions;
		if (known == null) {
			// All parsed fonts are the same font: any of them tells.
			known = GlyphSubstitutions.of(font);
			this.substitutions = known;
		}
		return known.apply(text);
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
