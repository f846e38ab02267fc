package cn.egov.approval.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out serial numbers per (agency, type, year) from the notice_serial table, safely
 * for several nodes on one database: the increment takes the row's lock. Each number is
 * taken in a short transaction of its own, so that the lock is not held while a notice
 * renders, nor for the whole of the caller's transaction (where two notices taken in
 * different orders could deadlock). A number is never given twice; one is skipped when
 * the issuing transaction rolls back afterwards.
 */
@Component
class NoticeSerials {

	private static final Logger logger = LoggerFactory.getLogger(NoticeSerials.class);

	private static final int ATTEMPTS = 5;

	private final NoticeMapper mapper;

	private final TransactionTemplate ownTransaction;

	NoticeSerials(NoticeMapper mapper, PlatformTransactionManager transactionManager) {
		this.mapper = mapper;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	int next(String agencyCode, NoticeType type, int year) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.ownTransaction.execute((status) -> increment(agencyCode, type.code(), year));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another node created the year's counter row at the same moment: take
				// the next number from it.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				logger.debug("Retrying serial number for {} {} {}: {}", agencyCode, type.code(), year, ex.getMessage());
			}
		}
	}

	private int increment(String agencyCode, String type, int year) {
		if (this.mapper.incrementSerial(agencyCode, type, year) == 0) {
			this.mapper.insertSerial(agencyCode, type, year);
			return 1;
		}
		return this.mapper.currentSerial(agencyCode, type, year);
	}

}
