package cn.egov.approval.modeling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProcessDraftMapper {

	void insert(ProcessDraft draft);

	int lastDraftNo(@Param("kind") String kind, @Param("key") String key);

	Optional<ProcessDraft> find(@Param("kind") String kind, @Param("key") String key, @Param("draftNo") int draftNo);

	Optional<ProcessDraft> findLatest(@Param("kind") String kind, @Param("key") String key);

	/** Without content: the version list. */
	List<ProcessDraft> list(@Param("kind") String kind, @Param("key") String key);

	void markDeployed(@Param("id") long id, @Param("deploymentId") String deploymentId,
			@Param("version") Integer version, @Param("by") String by, @Param("at") LocalDateTime at);

}
