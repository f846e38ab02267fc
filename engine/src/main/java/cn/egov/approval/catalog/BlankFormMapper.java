package cn.egov.approval.catalog;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Stored blank forms. */
@Mapper
interface BlankFormMapper {

	void insert(@Param("form") BlankFormRow form, @Param("key") GeneratedKey key);

	Optional<BlankFormRow> find(long id);

	boolean belongsTo(@Param("id") long id, @Param("code") String code);

	/** Whether a published version of an item lists the form, making it public. */
	boolean isPublished(long id);

	/**
	 * A stored file.
	 *
	 * @param sha256 hex digest of the content, for integrity checks and ETags
	 */
	record BlankFormRow(Long id, String itemCode, String fileName, String contentType, long sizeBytes, String sha256,
			byte[] content, LocalDateTime uploadedAt, String uploadedBy) {
	}

	/** Receives the id the database generates (records cannot). */
	final class GeneratedKey {

		private Long id;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

	}

}
