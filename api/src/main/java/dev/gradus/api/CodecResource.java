package dev.gradus.api;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.gradus.workflow.codec.EncryptionCodec;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.PayloadCodecException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A codec endpoint, as Temporal's Web UI and CLI call one to show encrypted payloads ({@code
 * temporal workflow show --codec-endpoint http://api:8080/api/codec}): {@code POST /encode} and
 * {@code POST /decode}, each taking and answering {@code {"payloads": [...]}} in protobuf's JSON
 * form. It holds the workers' keys, so it is behind the API token like every {@code /api} call.
 */
@Path("/api/codec")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CodecResource {

  @Inject PayloadEncryption encryption;

  @POST
  @Path("/decode")
  @Operation(summary = "Decrypt payloads (Temporal's codec server protocol)")
  public String decode(String body) {
    return apply(
        body,
        payloads ->
            encryption
                .codec()
                .map(codec -> codec.decode(payloads))
                .orElseGet(() -> refuseEncrypted(payloads)));
  }

  @POST
  @Path("/encode")
  @Operation(summary = "Encrypt payloads (Temporal's codec server protocol)")
  public String encode(String body) {
    return apply(
        body, payloads -> encryption.codec().map(codec -> codec.encode(payloads)).orElse(payloads));
  }

  private static List<Payload> refuseEncrypted(List<Payload> payloads) {
    if (payloads.stream().anyMatch(EncryptionCodec::isEncrypted)) {
      throw new BadRequest(
          "payloads",
          "encrypted payloads, but this API has no keys (set GRADUS_PAYLOAD_KEYS as on the"
              + " workers)");
    }
    return payloads;
  }

  private static String apply(String body, UnaryOperator<List<Payload>> codec) {
    Payloads.Builder request = Payloads.newBuilder();
    try {
      JsonFormat.parser().merge(body == null ? "" : body, request);
    } catch (InvalidProtocolBufferException e) {
      throw new BadRequest(
          "body",
          "{\"payloads\": [{\"metadata\": {...}, \"data\": \"base64\"}]} as Temporal's codec"
              + " protocol sends it ("
              + e.getMessage()
              + ")");
    }
    List<Payload> answered;
    try {
      answered = codec.apply(request.getPayloadsList());
    } catch (PayloadCodecException e) {
      throw new BadRequest("payloads", e.getMessage());
    }
    try {
      return JsonFormat.printer().print(Payloads.newBuilder().addAllPayloads(answered).build());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("a payload cannot be written as JSON", e);
    }
  }
}
