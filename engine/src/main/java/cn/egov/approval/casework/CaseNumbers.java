package cn.egov.approval.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers a person can read aloud: department, day, sequence, e.g.
 * {@code SFX-SCJGJ-20261201-0007}. Each number is taken in a short transaction of its own
 * under the counter row's lock (as notice serial numbers are), so two windows never get
 * the same number and the lock is not held while the case is written.
 */
@Component
public class CaseNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int ATTEMPTS = 5;

	private final CaseMapper mapper;

	private final TransactionTemplate ownTransaction;

	CaseNumbers(CaseMapper mapper, PlatformTransactionManager transactionManager) {
		this.mapper = mapper;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String next(String departmentCode, LocalDate day) {
		for (int attempt = 1;; attempt++) {
			try {
				Integer number = this.ownTransaction.execute((status) -> increment(departmentCode, day));
				return departmentCode + "-" + DAY.format(day) + "-" + String.format("%04d", number);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another node created the day's counter at the same moment: take the
				// next
				// number from it.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private int increment(String departmentCode, LocalDate day) {
		if (this.mapper.incrementCounter(departmentCode, day) == 0) {
			this.mapper.insertCounter(departmentCode, day);
			return 1;
		}
		return this.mapper.currentCounter(departmentCode, day);
	}

}
