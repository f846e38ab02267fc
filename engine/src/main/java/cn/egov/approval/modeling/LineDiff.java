package cn.egov.approval.modeling;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified line diff (three lines of context) by longest common subsequence: enough for
 * process files of a few thousand lines, with no library to add.
 */
final class LineDiff {

	private static final int CONTEXT = 3;

	/** Beyond this the diff is cut: a reader wants the gist, not a megabyte. */
	private static final int MAX_LINES = 3000;

	private LineDiff() {
	}

	static List<String> unified(String oldText, String newText) {
		String[] a = oldText.split("\r?\n", -1);
		String[] b = newText.split("\r?\n", -1);
		List<String> edits = edits(a, b);
		return hunks(edits);
	}

	/** Every line of both texts prefixed with ' ', '-' or '+'. */
	private static List<String> edits(String[] a, String[] b) {
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<String> edits = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				edits.add(" " + a[i++]);
				j++;
			}
			else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
				edits.add("+" + b[j++]);
			}
			else {
				edits.add("-" + a[i++]);
			}
		}
		return edits;
	}

	private static List<String> hunks(List<String> edits) {
		List<String> out = new ArrayList<>();
		int oldLine = 1;
		int newLine = 1;
		int k = 0;
		while (k < edits.size() && out.size() < MAX_LINES) {
			if (edits.get(k).charAt(0) == ' ') {
				oldLine++;
				newLine++;
				k++;
				continue;
			}
			int start = Math.max(0, k - CONTEXT);
			int end = hunkEnd(edits, k);
			int oldStart = oldLine - (k - start);
			int newStart = newLine - (k - start);
			int oldCount = 0;
			int newCount = 0;
			List<String> body = new ArrayList<>();
			for (int m = start; m < end; m++) {
				char kind = edits.get(m).charAt(0);
				oldCount += (kind != '+') ? 1 : 0;
				newCount += (kind != '-') ? 1 : 0;
				body.add(edits.get(m));
			}
			out.add("@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@");
			out.addAll(body);
			for (int m = k; m < end; m++) {
				char kind = edits.get(m).charAt(0);
				oldLine += (kind != '+') ? 1 : 0;
				newLine += (kind != '-') ? 1 : 0;
			}
			k = end;
		}
		return (out.size() > MAX_LINES) ? out.subList(0, MAX_LINES) : out;
	}

	/**
	 * Where a hunk starting with a change at {@code k} ends: after the context following
	 * its last change.
	 */
	private static int hunkEnd(List<String> edits, int k) {
		int end = k;
		int unchanged = 0;
		while (end < edits.size() && unchanged <= 2 * CONTEXT) {
			unchanged = (edits.get(end).charAt(0) == ' ') ? unchanged + 1 : 0;
			end++;
		}
		return Math.min(edits.size(), end - Math.max(0, unchanged - CONTEXT));
	}

}
