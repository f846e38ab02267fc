package cn.egov.approval.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the notices table (notices/, V4) for the archive; never writes it. */
@Mapper
interface ArchiveMapper {

	List<ArchivedNotice> search(NoticeFilter filter, int offset, int limit);

	long count(@Param("filter") NoticeFilter filter);

	Optional<ArchivedNotice> findBySerial(String serialNo, List<String> departments);

	/** Those of the serial numbers that notices in scope carry. */
	List<String> findBySerials(List<String> serialNos, List<String> departments);

	List<ArchivedNotice> findBySha256(String sha256, List<String> departments);

	/**
	 * The filter, always within {@code departments} (the reader's region).
	 */
	record NoticeFilter(List<String> departments, String caseNo, String type, String department, Instant from,
			Instant to) {
	}

}
