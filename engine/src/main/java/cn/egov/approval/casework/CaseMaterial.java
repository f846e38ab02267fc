package cn.egov.approval.casework;

import java.io.IOException;
import java.time.LocalDateTime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * An uploaded material's record; the bytes are in the {@link MaterialStore}. The upload
 * time is stored as the platform's local time and written with its offset, like every
 * other time of the API, so that a browser in another zone shows the right hour.
 */
record CaseMaterial(String id, String caseNo, int materialIndex, String materialName, String fileName,
		String contentType, int sizeBytes, String sha256,
		@JsonSerialize(using = PlatformTime.class) LocalDateTime uploadedAt, String uploadedBy) {

	/**
	 * Writes a platform-local time as the {@code OffsetDateTime} of the platform zone.
	 */
	static final class PlatformTime extends StdSerializer<LocalDateTime> {

		PlatformTime() {
			super(LocalDateTime.class);
		}

		@Override
		public void serialize(LocalDateTime value, JsonGenerator generator, SerializerProvider provider)
				throws IOException {
			provider.defaultSerializeValue(CaseDetail.offset(value), generator);
		}

	}

}
