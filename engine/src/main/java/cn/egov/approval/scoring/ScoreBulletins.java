package cn.egov.approval.scoring;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the period bulletin (通报) of a region through the notices service (serial number,
 * SHA-256, stored like every notice) in the name of the region's supervision bureau, or
 * of the requesting user's department where the region has none.
 */
@Service
public class ScoreBulletins {

	private static final String SUPERVISION = "supervision";

	private final ScoreQueries queries;

	private final ScoreScope scope;

	private final OrganisationDirectory organisation;

	private final NoticeService notices;

	ScoreBulletins(ScoreQueries queries, ScoreScope scope, OrganisationDirectory organisation, NoticeService notices) {
		this.queries = queries;
		this.scope = scope;
		this.organisation = organisation;
		this.notices = notices;
	}

	@Transactional
	public Issued issue(PlatformUser user, String period, String region) {
		ScorePeriod scored = ScoreScope.period(period);
		Region asked = this.scope.region(user, region);
		List<DepartmentScore> rows = this.queries.ranking(scored, asked);
		String issuer = this.organisation.departments()
			.stream()
			.filter((d) -> SUPERVISION.equals(d.kind()) && d.regionCode().equals(asked.code()))
			.map(cn.egov.approval.organisation.Department::code)
			.findFirst()
			.orElse(user.getDepartmentCode());
		StoredNotice notice = this.notices.issue(issuer, new ScoreBulletin(asked.name(), words(scored), rows),
				user.getUsername());
		byte[] pdf = this.notices.pdf(notice.id()).orElseThrow();
		return new Issued(scored.key(), notice, pdf);
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

	/** A bulletin issued now. */
	public record Issued(String period, StoredNotice notice, byte[] pdf) {
	}

}
