package cn.egov.approval.fees;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's central cashier window (集中收费) of the government service centre, with the
 * demo cashier at it and a receipt book issued to it, once.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@Order(10)
class DemoFeeWindows implements ApplicationRunner {

	static final String CENTRAL = "ZWFW-01";

	private final FeeMapper mapper;

	private final FeeWindows windows;

	private final FeeWindowStaff staff;

	private final ReceiptBooks books;

	DemoFeeWindows(FeeMapper mapper, FeeWindows windows, FeeWindowStaff staff, ReceiptBooks books) {
		this.mapper = mapper;
		this.windows = windows;
		this.staff = staff;
		this.books = books;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.mapper.findWindow(CENTRAL).isPresent()) {
			return;
		}
		this.windows.create(new FeeWindow(CENTRAL, "集中收费窗口（1 楼 1 号）", FeeAnomalies.SERVICE_CENTRE, true), "demo");
		this.staff.assign(CENTRAL, "cashier");
		this.staff.assign(CENTRAL, "epay");
		this.books.issue(CENTRAL, "FS2026", 1, 999_999, "demo");
	}

}
