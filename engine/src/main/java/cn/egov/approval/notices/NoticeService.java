package cn.egov.approval.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.egov.approval.audit.Sha256;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues notices: numbers, renders, hashes and stores them. Casework, supervision and
 * scoring call it; it calls none of them. It checks no caller's rights: whoever exposes a
 * notice over HTTP applies the case scope rules first.
 */
@Service
public class NoticeService {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final NoticeMapper mapper;

	private final NoticeSerials serials;

	private final NoticeAgencies agencies;

	private final NoticeRenderer renderer;

	private final Clock clock;

	NoticeService(NoticeMapper mapper, NoticeSerials serials, NoticeAgencies agencies, NoticeRenderer renderer,
			Clock clock) {
		this.mapper = mapper;
		this.serials = serials;
		this.agencies = agencies;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Issues a notice in the name of a department, dated today (Asia/Shanghai, platform
	 * clock). Joins the caller's transaction: if that rolls back, the notice is not
	 * stored (its serial number is then skipped, never reused).
	 * @param departmentCode the issuing department (org_department)
	 * @param content what the notice says; its {@link NoticeContent#caseNo()} links it to
	 * a case
	 * @param issuedBy the username, or a system actor such as
	 * {@code deemed-acceptance-timer}
	 * @return the stored notice
	 * @throws IllegalArgumentException if the department is unknown
	 */
	@Transactional
	public StoredNotice issue(String departmentCode, NoticeContent content, String issuedBy) {
		Texts.require(issuedBy, "issuedBy");
		IssuingAgency agency = this.agencies.forDepartment(departmentCode);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		int number = this.serials.next(agency.code(), content.type(), today.getYear());
		String serialNo = agency.serialPrefix() + content.type().serialTag() + "〔" + today.getYear() + "〕" + number
				+ "号";
		byte[] pdf = this.renderer.render(NoticeDocument.of(content, agency, serialNo, today));
		StoredNotice notice = new StoredNotice(UUID.randomUUID().toString(), content.type().code(), serialNo,
				agency.code(), content.caseNo(), content.title(), Sha256.hex(pdf), pdf.length, now, issuedBy);
		this.mapper.insert(notice, pdf);
		return notice;
	}

	/**
	 * Finds a notice's metadata.
	 * @param id the notice id
	 * @return the notice, if any
	 */
	@Transactional(readOnly = true)
	public Optional<StoredNotice> find(String id) {
		return this.mapper.find(id);
	}

	/**
	 * Lists a case's notices in the order they were issued.
	 * @param caseNo the case number
	 * @return the notices, possibly none
	 */
	@Transactional(readOnly = true)
	public List<StoredNotice> findByCase(String caseNo) {
		return this.mapper.findByCase(caseNo);
	}

	/**
	 * Returns a notice's PDF exactly as issued (its SHA-256 is the stored one).
	 * @param id the notice id
	 * @return the PDF bytes, if the notice exists
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> pdf(String id) {
		return this.mapper.findPdf(id);
	}

}
