package cn.egov.approval.notices;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines by measured width. Chinese has no spaces: a line may break after
 * any ideograph, but runs of Latin letters and digits (case numbers, account numbers)
 * stay whole when they fit. Closing punctuation never starts a line (the character before
 * it moves down with it) and opening brackets never end one (禁则).
 */
final class LineBreaker {

	private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’…—·％,.;:!?)]}%";

	private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

	/** Width of one code point, in points at the size being set. */
	@FunctionalInterface
	interface Widths {

		float of(int codePoint);

	}

	private final Widths widths;

	private final List<String> lines = new ArrayList<>();

	private final StringBuilder line = new StringBuilder();

	private float used;

	private float limit;

	private final float width;

	private LineBreaker(Widths widths, float firstWidth, float width) {
		this.widths = widths;
		this.limit = firstWidth;
		this.width = width;
	}

	/**
	 * Breaks text; "\n" forces a break.
	 * @param text the text, already free of characters the font lacks
	 * @param firstWidth the width of the first line (less when indented)
	 * @param width the width of the other lines
	 * @param widths measures code points
	 * @return the lines, at least one
	 */
	static List<String> wrap(String text, float firstWidth, float width, Widths widths) {
		LineBreaker breaker = new LineBreaker(widths, firstWidth, width);
		for (String hardLine : text.split("\n", -1)) {
			int before = breaker.lines.size();
			breaker.breakLine(hardLine.codePoints().toArray());
			if (breaker.line.length() > 0 || breaker.lines.size() == before) {
				breaker.flush();
			}
		}
		return List.copyOf(breaker.lines);
	}

	private void breakLine(int[] cps) {
		int i = 0;
		while (i < cps.length) {
			int end = unitEnd(cps, i);
			float unitWidth = measure(cps, i, end);
			if (this.used + unitWidth <= this.limit) {
				append(cps, i, end, unitWidth);
				i = end;
			}
			else if (Character.isWhitespace(cps[i])) {
				i = end;
				flush();
			}
			else if (this.line.length() == 0) {
				i = splitLongWord(cps, i, end);
			}
			else if (NO_LINE_START.indexOf(cps[i]) >= 0) {
				if (!carryLastCharacter()) {
					i = hang(cps, i);
				}
			}
			else {
				flush();
			}
		}
	}

	private int splitLongWord(int[] cps, int start, int end) {
		int i = start;
		do {
			float w = this.widths.of(cps[i]);
			append(cps, i, i + 1, w);
			i++;
		}
		while (i < end && this.used + this.widths.of(cps[i]) <= this.limit);
		flush();
		return i;
	}

	/**
	 * Lets closing punctuation hang past the margin, together with any closing
	 * punctuation right after it (as "），" or "”。"), so that none of it starts the next
	 * line.
	 * @return the index after the hung punctuation
	 */
	private int hang(int[] cps, int start) {
		int i = start;
		while (i < cps.length && NO_LINE_START.indexOf(cps[i]) >= 0) {
			append(cps, i, i + 1, this.widths.of(cps[i]));
			i++;
		}
		flush();
		return i;
	}

	/**
	 * Keeps closing punctuation off a line start by moving the ideograph before it down.
	 * Where that would split a Latin word, leave a line empty or put punctuation first,
	 * the caller lets the punctuation hang past the margin instead.
	 */
	private boolean carryLastCharacter() {
		int last = this.line.codePointBefore(this.line.length());
		if (this.line.length() == Character.charCount(last) || isWordCharacter(last)
				|| NO_LINE_START.indexOf(last) >= 0) {
			return false;
		}
		this.line.setLength(this.line.length() - Character.charCount(last));
		flush();
		append(new int[] { last }, 0, 1, this.widths.of(last));
		return true;
	}

	private void flush() {
		int carried = -1;
		if (this.line.length() > 1) {
			int last = this.line.codePointBefore(this.line.length());
			if (NO_LINE_END.indexOf(last) >= 0) {
				carried = last;
				this.line.setLength(this.line.length() - Character.charCount(last));
			}
		}
		this.lines.add(this.line.toString().stripTrailing());
		this.line.setLength(0);
		this.used = 0;
		this.limit = this.width;
		if (carried >= 0) {
			append(new int[] { carried }, 0, 1, this.widths.of(carried));
		}
	}

	private void append(int[] cps, int start, int end, float unitWidth) {
		if (this.line.length() == 0 && Character.isWhitespace(cps[start])) {
			return;
		}
		this.line.append(new String(cps, start, end - start));
		this.used += unitWidth;
	}

	private float measure(int[] cps, int start, int end) {
		float sum = 0;
		for (int i = start; i < end; i++) {
			sum += this.widths.of(cps[i]);
		}
		return sum;
	}

	/**
	 * A run of Latin letters, digits and ASCII signs is one unit; anything else stands
	 * alone.
	 */
	private static int unitEnd(int[] cps, int start) {
		if (!isWordCharacter(cps[start])) {
			return start + 1;
		}
		int end = start + 1;
		while (end < cps.length && isWordCharacter(cps[end])) {
			end++;
		}
		return end;
	}

	private static boolean isWordCharacter(int cp) {
		return cp < 0x2000 && !Character.isWhitespace(cp);
	}

}
