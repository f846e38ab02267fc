package cn.egov.approval.posts;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PostMapper {

	List<PostRow> findByDepartment(String departmentCode);

	/** Posts now absent whose backup is the given user. */
	List<String> findAbsentBackedUpBy(String backupUsername);

	int update(String username, String backupUsername, boolean absent, LocalDateTime updatedAt, String updatedBy);

	void insert(String username, String backupUsername, boolean absent, LocalDateTime updatedAt, String updatedBy);

	record PostRow(String username, String displayName, String departmentCode, String backupUsername,
			String backupDisplayName, Boolean absent) {
	}

}
