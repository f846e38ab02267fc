package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as the ledger stores it, in integer fen (分), and as people read and type it, in
 * yuan with two decimals. Never a double.
 */
public final class Money {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/**
	 * @param yuan an amount in yuan, at most two decimals
	 * @return the amount in fen
	 * @throws ArithmeticException if it has fractions of a fen
	 */
	public static long fen(BigDecimal yuan) {
		return yuan.multiply(HUNDRED).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
	}

	/**
	 * @param fen an amount in fen
	 * @return the amount in yuan with two decimals
	 */
	public static BigDecimal yuan(long fen) {
		return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
	}

}
