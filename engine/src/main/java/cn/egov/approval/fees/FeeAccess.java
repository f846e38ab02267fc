package cn.egov.approval.fees;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Window staff act on their own window only; finance and administrators on any. */
@Component
class FeeAccess {

	private final FeeWindows windows;

	private final FeeMapper mapper;

	FeeAccess(FeeWindows windows, FeeMapper mapper) {
		this.windows = windows;
		this.mapper = mapper;
	}

	static boolean isFinance(PlatformUser user) {
		return user.hasRole(Role.FINANCE) || user.hasRole(Role.ADMIN);
	}

	void requireWindow(PlatformUser user, String windowCode) {
		if (!isFinance(user)
				&& !this.windows.windowOf(user.getUsername(), user.getDepartmentCode()).code().equals(windowCode)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.fees.other-window", windowCode);
		}
	}

	void requirePaymentWindow(PlatformUser user, String paymentId) {
		Payment payment = this.mapper.findPayment(paymentId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.payment.unknown", paymentId));
		requireWindow(user, payment.windowCode());
	}

	void requireBookWindow(PlatformUser user, String bookId) {
		ReceiptBook book = this.mapper.findBook(bookId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.book.unknown", bookId));
		requireWindow(user, book.windowCode());
	}

}
