package cn.egov.approval.notices;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FontFacesTest {

	private static final NoticeFonts fonts = new NoticeFonts();

	@Test
	void shouldDrawCommonChineseAndLatinTextWithTheReducedCopy() throws IOException {
		assertThat(faceFor("示范县市场监督管理局〔2026〕第１２号：ABC Trading Co., Ltd. 0731-8888 □")).isEqualTo(FontFace.COMMON);
	}

	@Test
	void shouldDrawRareCharactersWithTheCompleteFont() throws IOException {
		assertThat(faceFor("王堃喆")).isEqualTo(FontFace.COMPLETE);
		assertThat(faceFor("𠀋")).isEqualTo(FontFace.COMPLETE);
	}

	@Test
	void shouldApplyTheFontsSubstitutionsWhereTheyMayChangeGlyphs() throws IOException {
		assertThat(faceFor("Office")).isEqualTo(FontFace.SUBSTITUTING);
		assertThat(faceFor("经营场所——仓库")).isEqualTo(FontFace.SUBSTITUTING);
	}

	private static FontFace faceFor(String text) throws IOException {
		return fonts.withFont((borrowed) -> fonts.faceFor(borrowed, text));
	}

}
