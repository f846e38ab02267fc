package cn.egov.approval.notices;

/**
 * Which copy of the notice font a document embeds, from the cheapest to render with to
 * the one that draws any text. All draw the same glyphs for the text they cover.
 */
enum FontFace {

	/**
	 * A copy reduced to common characters, without glyph substitutions:
	 * {@link FontFaces}.
	 */
	COMMON,

	/** The complete font, without glyph substitutions. */
	COMPLETE,

	/** The complete font with its glyph substitutions (ligatures, joined dashes). */
	SUBSTITUTING;

	/** Returns the face that draws what either face draws. */
	FontFace and(FontFace other) {
		return (compareTo(other) >= 0) ? this : other;
	}

}
