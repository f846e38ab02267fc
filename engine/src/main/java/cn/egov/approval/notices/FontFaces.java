package cn.egov.approval.notices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font faces a notice can be drawn with, derived once per process from the notice
 * font. PDFBox's cost of embedding a font as a subset grows with the number of glyphs in
 * the whole font, not only those used: it writes and parses back the width of every glyph
 * when loading the font, and walks all glyph ids when subsetting it. Noto Serif SC has
 * ~31,000 glyphs; a copy reduced to the characters of GB 2312 and the Latin and
 * punctuation blocks has ~7,800 and renders a notice in about two thirds of the time. The
 * copy keeps the glyph outlines and metrics, so what it draws looks the same; it has no
 * GSUB table (its glyph ids would not match), so the characters that substitutions change
 * are left out of it. Immutable.
 */
final class FontFaces {

	/**
	 * The tables the copy keeps: those PDFBox reads to describe a font and embed its
	 * subset.
	 */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "name", "OS/2", "post", "cmap");

	private final GlyphSubstitutions substitutions;

	private final BitSet common;

	private final byte[] commonFont;

	private final PDFontDescriptor completeDescription;

	private FontFaces(GlyphSubstitutions substitutions, BitSet common, byte[] commonFont,
			PDFontDescriptor completeDescription) {
		this.substitutions = substitutions;
		this.common = common;
		this.commonFont = commonFont;
		this.completeDescription = completeDescription;
	}

	/**
	 * Derives the faces from the complete font.
	 * @param font the complete font
	 * @return the faces
	 * @throws IOException if the font cannot be read
	 */
	static FontFaces of(TrueTypeFont font) throws IOException {
		GlyphSubstitutions substitutions = GlyphSubstitutions.of(font);
		BitSet common = commonCharacters(font, substitutions);
		TTFSubsetter copy = new TTFSubsetter(font, TABLES);
		copy.addAll(common.stream().boxed().collect(Collectors.toSet()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		copy.writeToStream(out);
		return new FontFaces(substitutions, common, out.toByteArray(), describe(font));
	}

	/** The font descriptor PDFBox writes for the complete font. */
	private static PDFontDescriptor describe(TrueTypeFont font) throws IOException {
		try (PDDocument scratch = new PDDocument()) {
			return PDType0Font.load(scratch, font, true).getFontDescriptor();
		}
	}

	/**
	 * The characters of the reduced copy: besides the common ones, every other character
	 * that the font draws with one of their glyphs, so that text extracted from the copy
	 * reads as from the complete font.
	 */
	private static BitSet commonCharacters(TrueTypeFont font, GlyphSubstitutions substitutions) throws IOException {
		CmapLookup cmap = font.getUnicodeCmapLookup();
		CharsetEncoder gb2312 = Charset.isSupported("GB2312") ? Charset.forName("GB2312").newEncoder() : null;
		Set<Integer> glyphs = new HashSet<>();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (!Character.isSurrogate(c) && isCommon(c, gb2312)) {
				glyphs.add(cmap.getGlyphId(c));
			}
		}
		glyphs.remove(0);
		BitSet common = new BitSet();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (!Character.isSurrogate(c) && glyphs.contains(cmap.getGlyphId(c)) && !substitutions.affect(c)) {
				common.set(c);
			}
		}
		return common;
	}

	private static boolean isCommon(char c, CharsetEncoder gb2312) {
		return c < 0x250 // Latin
				|| (c >= 0x2000 && c < 0x2070) // general punctuation
				|| (c >= 0x3000 && c < 0x3040) // CJK symbols and punctuation
				|| (c >= 0xFF00 && c < 0xFFF0) // full-width forms
				|| (gb2312 != null && gb2312.canEncode(c));
	}

	/**
	 * Returns the cheapest face that draws a text as the complete font does.
	 * @param text the text
	 * @return the face
	 */
	FontFace faceFor(String text) {
		if (text.codePoints().allMatch(this.common::get)) {
			return FontFace.COMMON;
		}
		return this.substitutions.affect(text) ? FontFace.SUBSTITUTING : FontFace.COMPLETE;
	}

	/**
	 * Embeds the reduced copy in a document, as a subset described as the complete font.
	 * @param document the document
	 * @param common the reduced copy, {@link #parseCommon parsed} for this thread
	 * @return the document's font
	 * @throws IOException if the font cannot be read
	 */
	PDType0Font embedCommon(PDDocument document, TrueTypeFont common) throws IOException {
		PDType0Font font = PDType0Font.load(document, common, true);
		// TTFSubsetter writes the copy's OS/2 table in its version 0 layout but keeps the
		// version number, so PDFBox would read the cap and x heights from beyond it.
		font.getFontDescriptor().setCapHeight(this.completeDescription.getCapHeight());
		font.getFontDescriptor().setXHeight(this.completeDescription.getXHeight());
		return font;
	}

	/**
	 * Parses the reduced copy, for one thread's use.
	 * @return the copy
	 * @throws IOException if it cannot be parsed
	 */
	TrueTypeFont parseCommon() throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(this.commonFont));
	}

}
