package cn.egov.approval.notices;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {

	/** Ideographs and full-width signs are 10 wide, everything else 5. */
	private static final LineBreaker.Widths WIDTHS = (cp) -> (cp >= 0x2E80) ? 10f : 5f;

	@Test
	void shouldBreakChineseAnywhereByWidth() {
		assertThat(LineBreaker.wrap("一二三四五六七八九十", 40, 40, WIDTHS)).containsExactly("一二三四", "五六七八", "九十");
	}

	@Test
	void shouldIndentOnlyTheFirstLine() {
		assertThat(LineBreaker.wrap("一二三四五六七八九十", 20, 40, WIDTHS)).containsExactly("一二", "三四五六", "七八九十");
	}

	@Test
	void shouldNeverStartALineWithClosingPunctuation() {
		assertThat(LineBreaker.wrap("一二三四，五六", 40, 40, WIDTHS)).containsExactly("一二三", "四，五六");
	}

	@Test
	void shouldHangClosingPunctuationThatFollowsHangingPunctuation() {
		// "D" is a Latin word, so "）" hangs; "，" after it must hang too.
		assertThat(LineBreaker.wrap("编号ABCD），一二", 40, 40, WIDTHS)).containsExactly("编号ABCD），", "一二");
	}

	@Test
	void shouldNeverEndALineWithAnOpeningBracket() {
		assertThat(LineBreaker.wrap("一二三（四）", 40, 40, WIDTHS)).containsExactly("一二三", "（四）");
	}

	@Test
	void shouldKeepLatinWordsAndNumbersWholeWhenTheyFit() {
		assertThat(LineBreaker.wrap("编号SFX-0007号", 50, 50, WIDTHS)).containsExactly("编号", "SFX-0007号");
	}

	@Test
	void shouldSplitAWordLongerThanALine() {
		List<String> lines = LineBreaker.wrap("ABCDEFGHIJKL", 20, 20, WIDTHS);
		assertThat(lines).containsExactly("ABCD", "EFGH", "IJKL");
	}

	@Test
	void shouldBreakAtSpacesAndDropThemAtTheBreak() {
		assertThat(LineBreaker.wrap("ab cd ef", 25, 25, WIDTHS)).containsExactly("ab cd", "ef");
	}

	@Test
	void shouldKeepForcedLineBreaksAndEmptyLines() {
		assertThat(LineBreaker.wrap("一\n\n二", 40, 40, WIDTHS)).containsExactly("一", "", "二");
	}

	@Test
	void shouldNeverExceedTheWidthWithoutPunctuationToHang() {
		String text = "申请人应当如实向行政机关提交有关材料和反映真实情况并对其申请材料实质内容的真实性负责".repeat(5);
		for (String line : LineBreaker.wrap(text, 70, 70, WIDTHS)) {
			assertThat(line.codePoints().mapToDouble((cp) -> WIDTHS.of(cp)).sum()).isLessThanOrEqualTo(70);
		}
	}

}
