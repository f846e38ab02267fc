package cn.egov.approval.notices;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface NoticeMapper {

	void insert(StoredNotice notice, byte[] pdf);

	Optional<StoredNotice> find(String id);

	List<StoredNotice> findByCase(String caseNo);

	Optional<byte[]> findPdf(String id);

	/** Takes the counter row's lock until commit; 0 when the row does not exist yet. */
	int incrementSerial(String agencyCode, String type, int year);

	void insertSerial(String agencyCode, String type, int year);

	int currentSerial(String agencyCode, String type, int year);

}
