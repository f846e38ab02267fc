package cn.egov.approval.notices;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Draws an agency's round seal with Java2D: a ring, the agency name along the upper arc,
 * a five-pointed star in the centre and 演示电子印章 underneath, which marks it as a
 * demonstration image rather than a real electronic seal. Characters are filled from the
 * notice font's glyph outlines, so no AWT font (nor any system font) is needed.
 */
final class SealDrawing {

	static final int PIXELS = 480;

	static final Color SEAL_RED = new Color(0xE6, 0x00, 0x12);

	static final String DEMO_MARK = "演示电子印章";

	private static final double CENTRE = PIXELS / 2.0;

	private static final double OUTER = CENTRE - 4;

	private static final double RING = PIXELS * 0.035;

	private static final double MAX_SPAN = Math.toRadians(250);

	private SealDrawing() {
	}

	static BufferedImage draw(String agencyName, TrueTypeFont font) throws IOException {
		BufferedImage image = new BufferedImage(PIXELS, PIXELS, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(SEAL_RED);
			g.setStroke(new BasicStroke((float) RING));
			double ringRadius = OUTER - RING / 2;
			g.draw(new Ellipse2D.Double(CENTRE - ringRadius, CENTRE - ringRadius, 2 * ringRadius, 2 * ringRadius));
			g.fill(star(PIXELS * 0.14));
			arcText(g, font, agencyName);
			lineText(g, font, DEMO_MARK, CENTRE + PIXELS * 0.27, PIXELS * 0.07);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static Path2D star(double radius) {
		Path2D star = new Path2D.Double();
		for (int point = 0; point < 10; point++) {
			double r = (point % 2 == 0) ? radius : radius * 0.382;
			double angle = -Math.PI / 2 + point * Math.PI / 5;
			double x = CENTRE + r * Math.cos(angle);
			double y = CENTRE + r * Math.sin(angle);
			if (point == 0) {
				star.moveTo(x, y);
			}
			else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		return star;
	}

	/** The name runs clockwise along the top, each glyph upright towards the rim. */
	private static void arcText(Graphics2D g, TrueTypeFont font, String name) throws IOException {
		int[] cps = name.codePoints().toArray();
		double glyphTop = OUTER - RING - PIXELS * 0.015;
		double size = PIXELS * 0.13;
		while (cps.length * size * 1.05 / (glyphTop - size / 2) > MAX_SPAN) {
			size *= 0.95;
		}
		double span = Math.min(MAX_SPAN, cps.length * size * 1.15 / (glyphTop - size / 2));
		double baseline = glyphTop - size * 0.88;
		for (int i = 0; i < cps.length; i++) {
			double angle = -span / 2 + span * (i + 0.5) / cps.length;
			AffineTransform at = new AffineTransform();
			at.translate(CENTRE, CENTRE);
			at.rotate(angle);
			at.translate(0, -baseline);
			fillGlyph(g, font, cps[i], at, size);
		}
	}

	private static void lineText(Graphics2D g, TrueTypeFont font, String text, double baseline, double size)
			throws IOException {
		int[] cps = text.codePoints().toArray();
		double x = CENTRE - cps.length * size / 2;
		for (int cp : cps) {
			AffineTransform at = AffineTransform.getTranslateInstance(x + size / 2, baseline);
			fillGlyph(g, font, cp, at, size);
			x += size;
		}
	}

	/**
	 * Fills a glyph centred horizontally on the origin of {@code at}, baseline on its x
	 * axis.
	 */
	private static void fillGlyph(Graphics2D g, TrueTypeFont font, int cp, AffineTransform at, double size)
			throws IOException {
		int glyphId = font.getUnicodeCmapLookup().getGlyphId(cp);
		GlyphData glyph = (glyphId != 0) ? font.getGlyph().getGlyph(glyphId) : null;
		if (glyph == null) {
			return;
		}
		double scale = size / font.getUnitsPerEm();
		at.scale(scale, -scale);
		at.translate(-font.getAdvanceWidth(glyphId) / 2.0, 0);
		g.fill(at.createTransformedShape(glyph.getPath()));
	}

}
