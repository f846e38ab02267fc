package cn.egov.approval.scoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.audit.Sha256;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the period bulletin (通报) of a region through the notices service (serial number,
 * SHA-256, stored like every notice) in the name of the region's supervision bureau, or
 * of the requesting user's department where the region has none, and keeps the register
 * of issued bulletins (V15) so that opening the bulletin again serves the same document.
 */
@Service
public class ScoreBulletins {

	private static final String SUPERVISION = "supervision";

	private final ScoreQueries queries;

	private final ScoreScope scope;

	private final OrganisationDirectory organisation;

	private final NoticeService notices;

	private final ScoreBulletinMapper register;

	private final Clock clock;

	ScoreBulletins(ScoreQueries queries, ScoreScope scope, OrganisationDirectory organisation, NoticeService notices,
			ScoreBulletinMapper register, Clock clock) {
		this.queries = queries;
		this.scope = scope;
		this.organisation = organisation;
		this.notices = notices;
		this.register = register;
		this.clock = clock;
	}

	/**
	 * The bulletin of a region's period as the ranking stands: the one already issued for
	 * these figures, or (for the bureau and administrators) a new one when the figures
	 * changed or none was issued yet. Auditors read what was issued: the latest bulletin
	 * of the period, or 404 if there is none.
	 */
	@Transactional
	public Issued current(PlatformUser user, String period, String region) {
		ScorePeriod scored = ScoreScope.period(period);
		Region asked = this.scope.region(user, region);
		List<DepartmentScore> rows = this.queries.ranking(scored, asked);
		String figures = Sha256.hex(rows.toString().getBytes(StandardCharsets.UTF_8));
		Optional<String> issued = this.register.findNotice(scored.key(), asked.code(), figures);
		if (issued.isPresent()) {
			return served(scored, issued.get());
		}
		if (!mayIssue(user)) {
			return this.register.findLatestNotice(scored.key(), asked.code())
				.map((id) -> served(scored, id))
				.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.score.bulletin-none", asked.name(),
						words(scored)));
		}
		String issuer = this.organisation.departments()
			.stream()
			.filter((d) -> SUPERVISION.equals(d.kind()) && d.regionCode().equals(asked.code()))
			.map(cn.egov.approval.organisation.Department::code)
			.findFirst()
			.orElse(user.getDepartmentCode());
		StoredNotice notice = this.notices.issue(issuer, new ScoreBulletin(asked.name(), words(scored), rows),
				user.getUsername());
		try {
			this.register.insert(scored.key(), asked.code(), figures, notice.id(),
					LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE), user.getUsername());
		}
		catch (DuplicateKeyException ex) {
			// Another request issued the same figures' bulletin first; this one's notice
			// rolls back (its serial number, taken in a transaction of its own, stays
			// used).
			throw new ApiException(HttpStatus.CONFLICT, "error.score.bulletin-busy", asked.name(), words(scored));
		}
		return new Issued(scored.key(), notice, this.notices.pdf(notice.id()).orElseThrow());
	}

	/**
	 * Whether a bulletin of the region's period was issued, and whether the caller may
	 * issue one: the score page offers the download only where it will not answer 404.
	 */
	@Transactional(readOnly = true)
	public Availability availability(PlatformUser user, String period, String region) {
		ScorePeriod scored = ScoreScope.period(period);
		Region asked = this.scope.region(user, region);
		Optional<StoredNotice> latest = this.register.findLatestNotice(scored.key(), asked.code())
			.flatMap(this.notices::find);
		return new Availability(scored.key(), asked.code(), mayIssue(user),
				latest.map(StoredNotice::serialNo).orElse(null), latest.map(StoredNotice::createdAt).orElse(null));
	}

	private static boolean mayIssue(PlatformUser user) {
		return user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.ADMIN);
	}

	private Issued served(ScorePeriod period, String noticeId) {
		StoredNotice notice = this.notices.find(noticeId).orElseThrow();
		return new Issued(period.key(), notice, this.notices.pdf(noticeId).orElseThrow());
	}

	/** 2026年3月, 2026年第1季度, 2026年度. */
	static String words(ScorePeriod period) {
		String key = period.key();
		if (key.contains("-Q")) {
			return key.substring(0, 4) + "年第" + key.substring(6) + "季度";
		}
		if (key.length() == 7) {
			return key.substring(0, 4) + "年" + Integer.parseInt(key.substring(5)) + "月";
		}
		return key + "年度";
	}

	/**
	 * What the score page needs to offer the bulletin.
	 *
	 * @param mayIssue whether opening the bulletin issues one when none stands for the
	 * figures (the bureau, administrators)
	 * @param latestSerialNo the latest issued bulletin's serial number, or null
	 * @param latestIssuedAt when it was issued, or null
	 */
	public record Availability(String period, String region, boolean mayIssue, String latestSerialNo,
			Instant latestIssuedAt) {
	}

	/** A bulletin issued now. */
	public record Issued(String period, StoredNotice notice, byte[] pdf) {
	}

}
