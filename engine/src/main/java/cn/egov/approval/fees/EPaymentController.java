package cn.egov.approval.fees;

import java.io.IOException;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.web.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/fees/e-payments}: the e-payment channel's callback. It takes the body
 * as bytes and parses it itself, because the signature covers the bytes the gateway sent,
 * which a converter's re-serialised object would not reproduce.
 */
@RestController
class EPaymentController {

	private static final String CONTRACT = """
			The e-payment gateway's notification of a payment, signed: X-Epay-Timestamp is the time of sending \
			in epoch seconds, X-Epay-Signature the lowercase hex HMAC-SHA256, under the secret shared with the \
			gateway (PLATFORM_EPAY_SECRET), of the timestamp, a line feed and the body's bytes exactly as sent. \
			The caller also authenticates with HTTP Basic as the payment-gateway service account. 401 for a \
			missing or wrong signature or a timestamp further than platform.fees.e-payment.tolerance (5 minutes) \
			from the platform's clock; 503 when no secret is configured. The same reference sent again returns \
			the first receipt with 200 instead of 201.""";

	private final EPaymentSignature signature;

	private final WindowPayments payments;

	private final ObjectMapper json;

	EPaymentController(EPaymentSignature signature, WindowPayments payments, ObjectMapper json) {
		this.signature = signature;
		this.payments = payments;
		this.json = json;
	}

	@Operation(summary = "E-payment notification (signed)", description = CONTRACT)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = WindowPayments.PaymentRequest.class)))
	@PostMapping(path = "/api/fees/e-payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(FeeRoles.PAYMENT_GATEWAY)
	ResponseEntity<FeeLedger.Receipt> ePayment(
			@Parameter(description = "epoch seconds") @RequestHeader(name = EPaymentSignature.TIMESTAMP_HEADER,
					required = false) String timestamp,
			@Parameter(description = "hex HMAC-SHA256") @RequestHeader(name = EPaymentSignature.SIGNATURE_HEADER,
					required = false) String signature,
			@RequestBody(required = false) byte[] body, @AuthenticationPrincipal PlatformUser user) {
		// Not required, so that a missing body is refused as unsigned before it is
		// reported as unreadable.
		byte[] received = (body != null) ? body : new byte[0];
		this.signature.verify(timestamp, signature, received);
		FeeLedger.Receipt receipt = this.payments.online(read(received), user.getUsername());
		return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	private WindowPayments.PaymentRequest read(byte[] body) {
		try {
			return this.json.readValue(body, WindowPayments.PaymentRequest.class);
		}
		catch (IOException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.unreadable");
		}
	}

}
