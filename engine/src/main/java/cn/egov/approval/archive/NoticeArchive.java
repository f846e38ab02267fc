package cn.egov.approval.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.audit.Sha256;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The archive of issued notices as auditors, the bureau and administrators read it:
 * always within the reader's region, and a notice outside it is answered as unknown.
 */
@Service
@Transactional(readOnly = true)
class NoticeArchive {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_PAGE = 100_000;

	private final ArchiveMapper mapper;

	private final ArchiveScope scope;

	private final NoticeService notices;

	private final UploadedPdfs uploads;

	private final ArchiveProperties properties;

	NoticeArchive(ArchiveMapper mapper, ArchiveScope scope, NoticeService notices, UploadedPdfs uploads,
			ArchiveProperties properties) {
		this.mapper = mapper;
		this.scope = scope;
		this.notices = notices;
		this.uploads = uploads;
		this.properties = properties;
	}

	NoticePage search(PlatformUser user, NoticeQuery query) {
		if (query.page() < 0 || query.page() > MAX_PAGE) {
			throw new BadRequestException("error.archive.page");
		}
		if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
			throw new BadRequestException("error.archive.range");
		}
		int size = this.properties.pageSize();
		List<String> departments = this.scope.departments(user);
		if (departments.isEmpty()) {
			return new NoticePage(List.of(), 0, query.page(), size);
		}
		ArchiveMapper.NoticeFilter filter = new ArchiveMapper.NoticeFilter(departments, query.caseNo(), query.type(),
				query.department(), startOf(query.from()),
				startOf((query.to() != null) ? query.to().plusDays(1) : null));
		return new NoticePage(this.mapper.search(filter, query.page() * size, size), this.mapper.count(filter),
				query.page(), size);
	}

	/** Recomputes the stored PDF's hash of the notice with this serial number. */
	NoticeCheck checkSerial(PlatformUser user, String serialNo) {
		ArchivedNotice notice = bySerial(user, serialNo)
			.orElseThrow(() -> new NotFoundException("error.archive.unknown-serial"));
		String stored = storedSha256(notice.id());
		return new NoticeCheck(notice, notice.sha256(), stored, notice.sha256().equals(stored));
	}

	/** Looks the upload up by its hash among the recorded notices. */
	UploadCheck checkUpload(PlatformUser user, MultipartFile file) {
		byte[] pdf = this.uploads.read(file);
		List<String> printed = this.uploads.printedSerials(pdf);
		String sha256 = Sha256.hex(pdf);
		List<String> departments = this.scope.departments(user);
		List<ArchivedNotice> matches = departments.isEmpty() ? List.of()
				: this.mapper.findBySha256(sha256, departments);
		if (!matches.isEmpty()) {
			ArchivedNotice notice = matches.get(0);
			return new UploadCheck(sha256, true, notice, sha256.equals(storedSha256(notice.id())), null);
		}
		String claimed = (printed.isEmpty() || departments.isEmpty()) ? null
				: this.mapper.findBySerials(printed, departments).stream().findFirst().orElse(null);
		return new UploadCheck(sha256, false, null, null, claimed);
	}

	/** The PDF of a notice of the reader's region, as issued. */
	StoredPdf pdf(PlatformUser user, String id) {
		ArchivedNotice notice = this.notices.find(id)
			.flatMap((found) -> bySerial(user, found.serialNo()))
			.orElseThrow(() -> new NotFoundException("error.notice.unknown"));
		byte[] pdf = this.notices.pdf(id).orElseThrow(() -> new NotFoundException("error.notice.unknown"));
		return new StoredPdf(notice, pdf);
	}

	private Optional<ArchivedNotice> bySerial(PlatformUser user, String serialNo) {
		List<String> departments = this.scope.departments(user);
		if (serialNo == null || serialNo.isBlank() || departments.isEmpty()) {
			return Optional.empty();
		}
		return this.mapper.findBySerial(serialNo.trim(), departments);
	}

	private String storedSha256(String id) {
		return this.notices.pdf(id).map(Sha256::hex).orElse(null);
	}

	private static java.time.Instant startOf(LocalDate day) {
		return (day != null) ? day.atStartOfDay(ZONE).toInstant() : null;
	}

	/** A notice and its bytes. */
	record StoredPdf(ArchivedNotice notice, byte[] pdf) {
	}

}
