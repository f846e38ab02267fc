package cn.egov.approval.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Item versions and the listing. */
@Mapper
interface CatalogMapper {

	Optional<VersionRow> findVersion(@Param("code") String code, @Param("version") int version);

	Optional<VersionRow> findLatest(String code);

	Optional<VersionRow> findPublished(String code);

	List<VersionRow> findAllLatest();

	List<VersionInfoRow> findVersionInfos(String code);

	boolean exists(String code);

	Optional<String> findLatestParent(String code);

	List<SubItem> findSubItems(@Param("parentCode") String parentCode, @Param("publicOnly") boolean publicOnly);

	long count(ItemQuery query);

	List<SummaryRow> find(ItemQuery query);

	void insertVersion(VersionRow row);

	void updateVersion(VersionRow row);

	void clearLatest(String code);

	void supersedePublished(String code);

	void bindPublishedProcess(@Param("code") String code, @Param("processKey") String processKey);

	void updateStatus(@Param("code") String code, @Param("version") int version, @Param("status") String status,
			@Param("publishedAt") LocalDateTime publishedAt, @Param("updatedAt") LocalDateTime updatedAt,
			@Param("updatedBy") String updatedBy);

	/** One line of an item's history as stored. */
	record VersionInfoRow(int versionNo, String status, LocalDateTime publishedAt, String updatedBy,
			LocalDateTime updatedAt) {
	}

}
