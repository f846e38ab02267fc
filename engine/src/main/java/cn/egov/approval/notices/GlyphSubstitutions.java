package cn.egov.approval.notices;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;

/**
 * The characters that start a glyph substitution (GSUB) of the font when PDFBox shows
 * text: in Noto Serif SC the "f" of the "ff", "fi", "fl" ligatures and the "—" of the
 * joined "——" dash, for instance. PDFBox matches a substitution's glyphs in sequence, so
 * text without its first glyph is left alone. PDFBox runs every string through GSUB,
 * which for this font costs about a fifth of a notice's rendering time although Chinese
 * text has no substitutions. Text without any of these characters renders to the same
 * glyphs without GSUB, so notices are drawn without it unless their text needs it.
 * Immutable.
 */
final class GlyphSubstitutions {

	/**
	 * The features that PDFBox's GSUB worker for Latin-script fonts applies, in its order
	 * (fontbox GsubWorkerForLatin).
	 */
	private static final List<String> LATIN_WORKER_FEATURES = List.of("ccmp", "liga", "clig");

	private final BitSet codePoints;

	private GlyphSubstitutions(BitSet codePoints) {
		this.codePoints = codePoints;
	}

	/**
	 * Finds the characters whose glyphs start a substitution that PDFBox would apply.
	 * @param font the font, with GSUB enabled
	 * @return the characters
	 * @throws IOException if the font cannot be read
	 */
	static GlyphSubstitutions of(TrueTypeFont font) throws IOException {
		GsubData gsub = font.getGsubData();
		BitSet codePoints = new BitSet();
		if (gsub != GsubData.NO_DATA_FOUND) {
			CmapLookup cmap = font.getUnicodeCmapLookup();
			for (String feature : featuresApplied(gsub)) {
				if (gsub.isFeatureSupported(feature)) {
					for (List<Integer> glyphs : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
						mark(codePoints, cmap.getCharCodes(glyphs.get(0)));
					}
				}
			}
		}
		return new GlyphSubstitutions(codePoints);
	}

	/**
	 * PDFBox picks its GSUB worker by the script it finds in the font. For scripts other
	 * than Latin every feature the font has counts, which may draw more notices with GSUB
	 * than needed but never fewer.
	 */
	private static Collection<String> featuresApplied(GsubData gsub) {
		return (gsub.getLanguage() == Language.LATIN) ? LATIN_WORKER_FEATURES : gsub.getSupportedFeatures();
	}

	private static void mark(BitSet codePoints, List<Integer> charCodes) {
		if (charCodes != null) {
			charCodes.forEach(codePoints::set);
		}
	}

	/**
	 * Returns whether GSUB may draw the text with other glyphs than its characters' own.
	 * @param text the text
	 * @return whether it has a character that starts a substitution
	 */
	boolean affect(String text) {
		return text.codePoints().anyMatch(this::affect);
	}

	/**
	 * Returns whether a character starts a substitution.
	 * @param codePoint the character
	 * @return whether GSUB may draw it with another glyph than its own
	 */
	boolean affect(int codePoint) {
		return this.codePoints.get(codePoint);
	}

}
