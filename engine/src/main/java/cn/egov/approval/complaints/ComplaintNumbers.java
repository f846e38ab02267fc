package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaint numbers a complainant can read out on the phone: {@code TS-20261207-0003}.
 * Taken in a short transaction of their own under the day's counter row lock, as case
 * numbers are.
 */
@Component
class ComplaintNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int ATTEMPTS = 5;

	private final ComplaintMapper mapper;

	private final TransactionTemplate ownTransaction;

	ComplaintNumbers(ComplaintMapper mapper, PlatformTransactionManager transactionManager) {
		this.mapper = mapper;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(LocalDate day) {
		for (int attempt = 1;; attempt++) {
			try {
				Integer number = this.ownTransaction.execute((status) -> increment(day));
				return "TS-" + DAY.format(day) + "-" + String.format("%04d", number);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another node created the day's counter at the same moment.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private int increment(LocalDate day) {
		if (this.mapper.incrementCounter(day) == 0) {
			this.mapper.insertCounter(day);
			return 1;
		}
		return this.mapper.currentCounter(day);
	}

}
