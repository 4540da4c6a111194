package dev.gradus.api;

import dev.gradus.activities.dataset.DatasetException;
import dev.gradus.activities.dataset.DatasetStore;
import dev.gradus.activities.dataset.StoredDataset;
import dev.gradus.spec.DatasetSpec;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Datasets uploaded over HTTP, for runs to name by id ({@code task.dataset: {id: ds-...}}): checked
 * with the workers' own parser before they are stored, and kept in the shared database, so that
 * workers read them by reference and no workflow payload ever carries examples.
 */
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetsResource {

  @Inject Stores stores;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a dataset (JSONL or CSV)",
      description =
          "The body is the file. A file that workers could not read answers 400 naming the line."
              + " The same bytes again answer 200 with the dataset stored first.")
  public Response upload(
      byte[] body,
      @Parameter(description = "A name for people, e.g. the file's name") @QueryParam("name")
          String name,
      @Parameter(description = "jsonl or csv; else from the name's extension or the content type")
          @QueryParam("format")
          String format,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    if (name == null
        || name.isBlank()
        || name.length() > 255
        || name.chars().anyMatch(c -> c < 32)) {
      throw new BadRequest("name", "must be 1 to 255 printable characters, e.g. reviews.jsonl");
    }
    String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(name, contentType);
    if (!DatasetStore.FORMATS.contains(chosen)) {
      throw new BadRequest(
          "format",
          format == null
              ? "cannot tell from the name or the content type; give ?format=jsonl or ?format=csv"
              : "unknown format \"" + format + "\"; expected one of: csv, jsonl");
    }
    byte[] content = body == null ? new byte[0] : body;
    boolean known = stores.datasets(store -> store.find(DatasetStore.idOf(content))).isPresent();
    StoredDataset stored;
    try {
      stored = stores.datasets(store -> store.put(name, chosen, content));
    } catch (DatasetException e) {
      throw new BadRequest("body", e.getMessage());
    }
    return (known
            ? Response.ok(stored)
            : Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build())
                .entity(stored))
        .build();
  }

  @GET
  @Operation(summary = "Uploaded datasets, newest first (without their content)")
  public List<StoredDataset> list() {
    return stores.datasets(DatasetStore::list);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One uploaded dataset (without its content)")
  public StoredDataset get(@PathParam("id") String id) {
    if (!DatasetSpec.ID.matcher(id).matches()) {
      throw new NotFoundException("no dataset " + id);
    }
    Optional<StoredDataset> found = stores.datasets(store -> store.find(id));
    return found.orElseThrow(() -> new NotFoundException("no dataset " + id));
  }

  private static String formatOf(String name, String contentType) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return "csv";
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return "jsonl";
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/csv")) {
      return "csv";
    }
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines")) {
      return "jsonl";
    }
    return "";
  }
}
