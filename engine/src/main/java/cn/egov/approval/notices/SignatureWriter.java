package cn.egov.approval.notices;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws the signature block: the agency's name over the date, four characters in from the
 * right margin (GB/T 9704), with the seal pressed over both, and a note that the seal is
 * a demonstration image.
 */
final class SignatureWriter {

	static final String SEAL_NOTE = "注：本文书中的印章为系统生成的演示用电子印章图像，不是依法设立的电子签章。";

	private static final float SEAL_DIAMETER = 42 * PageFlow.MM;

	private static final float GAP_ABOVE = 28f;

	/**
	 * Seal centre below the top of the agency line, in lines: both lines sit a little
	 * below the centre.
	 */
	private static final float SEAL_CENTRE_DROP = 0.8f;

	private static final float SEAL_NOTE_GAP = 6f;

	private static final float NOTE_SIZE = 9f;

	private static final float NOTE_LEADING = 14f;

	private final PageFlow flow;

	private final SealImages seals;

	SignatureWriter(PageFlow flow, SealImages seals) {
		this.flow = flow;
		this.seals = seals;
	}

	/**
	 * Draws the block.
	 * @return whether it had to start a new page
	 */
	boolean write(String agencyName, LocalDate date, TrueTypeFont font) throws IOException {
		float size = BodyWriter.SIZE;
		float leading = BodyWriter.LEADING;
		boolean newPage = this.flow
			.ensure(GAP_ABOVE + SEAL_CENTRE_DROP * leading + SEAL_DIAMETER / 2 + SEAL_NOTE_GAP + 2 * NOTE_LEADING);
		this.flow.moveDown(GAP_ABOVE);
		String agency = this.flow.clean(agencyName);
		String dateText = ChineseDates.inChineseNumerals(date);
		float dateWidth = this.flow.width(dateText, size);
		float centre = PageFlow.RIGHT - 4 * size - dateWidth / 2;
		float agencyWidth = this.flow.width(agency, size);
		float agencyX = Math.max(PageFlow.LEFT, Math.min(centre - agencyWidth / 2, PageFlow.RIGHT - agencyWidth));
		float top = this.flow.y();
		this.flow.text(agency, agencyX, PageFlow.baseline(top, leading, size), size, Color.BLACK, false);
		this.flow.text(dateText, centre - dateWidth / 2, PageFlow.baseline(top - leading, leading, size), size,
				Color.BLACK, false);
		float sealCentreY = top - leading * SEAL_CENTRE_DROP;
		drawSeal(this.seals.image(this.flow.document(), agencyName, font), centre, sealCentreY);
		this.flow.moveDown(Math.max(2 * leading, top - (sealCentreY - SEAL_DIAMETER / 2)) + SEAL_NOTE_GAP);
		for (String line : this.flow.wrap(SEAL_NOTE, NOTE_SIZE, PageFlow.width(), PageFlow.width())) {
			this.flow.ensure(NOTE_LEADING);
			this.flow.text(line, PageFlow.LEFT, PageFlow.baseline(this.flow.y(), NOTE_LEADING, NOTE_SIZE), NOTE_SIZE,
					Color.DARK_GRAY, false);
			this.flow.moveDown(NOTE_LEADING);
		}

		return newPage;
	}

	private void drawSeal(PDImageXObject image, float centreX, float centreY) throws IOException {
		PDExtendedGraphicsState state = new PDExtendedGraphicsState();
		// Multiply, as ink on paper: the text under the seal stays readable.
		state.setBlendMode(BlendMode.MULTIPLY);
		state.setNonStrokingAlphaConstant(0.9f);
		PDPageContentStream content = this.flow.content();
		content.saveGraphicsState();
		content.setGraphicsStateParameters(state);
		content.drawImage(image, centreX - SEAL_DIAMETER / 2, centreY - SEAL_DIAMETER / 2, SEAL_DIAMETER,
				SEAL_DIAMETER);
		content.restoreGraphicsState();
	}

}
