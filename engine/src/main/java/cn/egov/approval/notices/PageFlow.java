package cn.egov.approval.notices;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * One document being drawn: A4 pages, a cursor moving down them, and text drawn in the
 * embedded font. {@link #ensure(float)} starts a new page when the next piece does not
 * fit, so that long bodies flow onto further pages.
 */
final class PageFlow {

	static final float MM = 72f / 25.4f;

	static final float PAGE_WIDTH = PDRectangle.A4.getWidth();

	static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

	/**
	 * Margins after GB/T 9704 (left 28 mm, right 26 mm), a little less top and bottom.
	 */
	static final float LEFT = 28 * MM;

	static final float RIGHT = PAGE_WIDTH - 26 * MM;

	static final float TOP = PAGE_HEIGHT - 22 * MM;

	static final float BOTTOM = 22 * MM;

	static final Color RED = new Color(0xD7, 0x00, 0x0F);

	/** CJK glyphs sit from -0.12 to 0.88 em: this centres them in a line box. */
	private static final float EM_CENTRE = 0.38f;

	private static final char REPLACEMENT = '□';

	private final PDDocument document;

	private final PDType0Font font;

	private final TrueTypeFont trueType;

	/** Looked up once: the font finds its cmap subtable anew at each call. */
	private final CmapLookup cmap;

	private final NoticeFonts fonts;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream content;

	private float y;

	private final NoticeFonts.Borrowed borrowed;

	private final FontFace face;

	private FontFace needed = FontFace.COMMON;

	/**
	 * @param document the document
	 * @param fonts the notice fonts
	 * @param borrowed the fonts borrowed for the document
	 * @param face the face to embed in the document
	 * @throws IOException if the font cannot be read
	 */
	PageFlow(PDDocument document, NoticeFonts fonts, NoticeFonts.Borrowed borrowed, FontFace face) throws IOException {
		this.document = document;
		this.font = fonts.embed(document, borrowed, face);
		this.trueType = borrowed.complete();
		this.cmap = this.trueType.getUnicodeCmapLookup();
		this.borrowed = borrowed;
		this.face = face;
		this.fonts = fonts;
	}

	PDDocument document() {
		return this.document;
	}

	List<PDPage> pages() {
		return this.pages;
	}

	PDPageContentStream content() {
		return this.content;
	}

	/**
	 * Returns the face that draws all text drawn so far as the complete font does: if the
	 * document's font is a cheaper one, the document must be drawn again.
	 */
	FontFace neededFace() {
		return this.needed;
	}

	float y() {
		return this.y;
	}

	void moveDown(float height) {
		this.y -= height;
	}

	static float width() {
		return RIGHT - LEFT;
	}

	void newPage() throws IOException {
		close();
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.pages.add(page);
		this.content = new PDPageContentStream(this.document, page);
		this.y = TOP;
	}

	/** Starts a new page unless {@code height} still fits above the bottom margin. */
	boolean ensure(float height) throws IOException {
		if (this.y - height < BOTTOM && this.y < TOP) {
			newPage();
			return true;
		}
		return false;
	}

	/** Writes "第 n 页 共 m 页" at the foot of every page, once all pages exist. */
	void numberPages() throws IOException {
		close();
		for (int i = 0; i < this.pages.size(); i++) {
			this.content = new PDPageContentStream(this.document, this.pages.get(i), AppendMode.APPEND, true, true);
			centred("第 " + (i + 1) + " 页 共 " + this.pages.size() + " 页", 11 * MM, 9f, Color.DARK_GRAY, false);
			close();
		}
	}

	/** Starts a new page unless the current one is still empty. */
	void breakPage() throws IOException {
		if (this.y < TOP) {
			newPage();
		}
	}

	void close() throws IOException {
		if (this.content != null) {
			this.content.close();
			this.content = null;
		}
	}

	/** Replaces what the font cannot show and control characters other than "\n". */
	String clean(String text) throws IOException {
		StringBuilder clean = new StringBuilder(text.length());
		for (int cp : text.replace("\r\n", "\n").codePoints().toArray()) {
			if (cp == '\n') {
				clean.append('\n');
			}
			else if (cp == '\t' || cp == '\r' || Character.isSpaceChar(cp)) {
				clean.append(' ');
			}
			else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
				clean.appendCodePoint(hasGlyph(cp) ? cp : REPLACEMENT);
			}
		}
		return clean.toString();
	}

	private boolean hasGlyph(int cp) {
		return this.cmap.getGlyphId(cp) != 0;
	}

	float advance(int codePoint, float size) {
		return this.fonts.advance(this.trueType, codePoint) * size / 1000f;
	}

	float width(String cleanText, float size) {
		return (float) cleanText.codePoints().mapToDouble((cp) -> advance(cp, size)).sum();
	}

	List<String> wrap(String text, float size, float firstWidth, float width) throws IOException {
		return LineBreaker.wrap(clean(text), firstWidth, width, (cp) -> advance(cp, size));
	}

	static float baseline(float top, float leading, float size) {
		return top - leading / 2 - EM_CENTRE * size;
	}

	/** Draws one line of clean text with its baseline at {@code baseline}. */
	void text(String cleanText, float x, float baseline, float size, Color colour, boolean bold) throws IOException {
		FontFace textFace = this.fonts.faceFor(this.borrowed, cleanText);
		this.needed = this.needed.and(textFace);
		if (textFace.compareTo(this.face) > 0) {
			// The document's font may lack the glyphs: it will be drawn again in another.
			return;
		}
		this.content.beginText();
		this.content.setFont(this.font, size);
		this.content.setNonStrokingColor(colour);
		if (bold) {
			// One weight ships with the build; a thin outline in the fill colour
			// emboldens it.
			this.content.setRenderingMode(RenderingMode.FILL_STROKE);
			this.content.setStrokingColor(colour);
			this.content.setLineWidth(size * 0.035f);
		}
		else {
			this.content.setRenderingMode(RenderingMode.FILL);
		}
		this.content.newLineAtOffset(x, baseline);
		this.content.showText(cleanText);
		this.content.endText();
	}

	void centred(String cleanText, float baseline, float size, Color colour, boolean bold) throws IOException {
		text(cleanText, (LEFT + RIGHT - width(cleanText, size)) / 2, baseline, size, colour, bold);
	}

	void rule(float x1, float x2, float at, float thickness, Color colour) throws IOException {
		this.content.setStrokingColor(colour);
		this.content.setLineWidth(thickness);
		this.content.moveTo(x1, at);
		this.content.lineTo(x2, at);
		this.content.stroke();
	}

}
