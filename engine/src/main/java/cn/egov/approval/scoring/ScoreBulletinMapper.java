package cn.egov.approval.scoring;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The register of issued period bulletins (V15). */
@Mapper
interface ScoreBulletinMapper {

	/** The notice of the bulletin issued for a region's period with these figures. */
	Optional<String> findNotice(@Param("period") String period, @Param("regionCode") String regionCode,
			@Param("figuresSha256") String figuresSha256);

	/** The notice of the region's latest bulletin of the period, whatever its figures. */
	Optional<String> findLatestNotice(@Param("period") String period, @Param("regionCode") String regionCode);

	void insert(@Param("period") String period, @Param("regionCode") String regionCode,
			@Param("figuresSha256") String figuresSha256, @Param("noticeId") String noticeId,
			@Param("issuedAt") LocalDateTime issuedAt, @Param("issuedBy") String issuedBy);

}
