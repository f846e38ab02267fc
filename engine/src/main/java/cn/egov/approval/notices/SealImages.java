package cn.egov.approval.notices;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Seal images per agency, drawn once and kept already compressed, so that a document only
 * wraps the cached bytes (re-encoding the image would cost more than the rest of a
 * notice). The colour plane is plain seal red; the shape is in the soft mask (alpha).
 */
final class SealImages {

	private record Encoded(byte[] rgb, byte[] alpha) {
	}

	private final Map<String, Encoded> cache = new ConcurrentHashMap<>();

	PDImageXObject image(PDDocument document, String agencyName, TrueTypeFont font) throws IOException {
		Encoded encoded = this.cache.get(agencyName);
		if (encoded == null) {
			encoded = encode(SealDrawing.draw(agencyName, font));
			this.cache.putIfAbsent(agencyName, encoded);
		}
		PDImageXObject image = xObject(document, encoded.rgb(), PDDeviceRGB.INSTANCE);
		image.getCOSObject().setItem(COSName.SMASK, xObject(document, encoded.alpha(), PDDeviceGray.INSTANCE));
		return image;
	}

	private static PDImageXObject xObject(PDDocument document, byte[] flate, PDColorSpace colourSpace)
			throws IOException {
		return new PDImageXObject(document, new ByteArrayInputStream(flate), COSName.FLATE_DECODE, SealDrawing.PIXELS,
				SealDrawing.PIXELS, 8, colourSpace);
	}

	private static Encoded encode(BufferedImage image) {
		int pixels = image.getWidth() * image.getHeight();
		byte[] rgb = new byte[pixels * 3];
		byte[] alpha = new byte[pixels];
		int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		for (int i = 0; i < pixels; i++) {
			rgb[3 * i] = (byte) SealDrawing.SEAL_RED.getRed();
			rgb[3 * i + 1] = (byte) SealDrawing.SEAL_RED.getGreen();
			rgb[3 * i + 2] = (byte) SealDrawing.SEAL_RED.getBlue();
			alpha[i] = (byte) (argb[i] >>> 24);
		}
		return new Encoded(deflate(rgb), deflate(alpha));
	}

	private static byte[] deflate(byte[] raw) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try {
			deflater.setInput(raw);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8);
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

}
