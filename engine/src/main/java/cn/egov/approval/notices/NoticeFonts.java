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
