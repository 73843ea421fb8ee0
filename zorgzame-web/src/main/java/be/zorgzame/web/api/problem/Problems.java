package be.zorgzame.web.api.problem;

import be.zorgzame.web.Languages;
import be.zorgzame.web.Messages;
import be.zorgzame.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds RFC 9457 problem responses, with titles and details in the caller's language. */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types of this API; plain HTTP errors use {@code about:blank}. */
    public enum Type {
        INVALID_INPUT("urn:zorgzame:problem:invalid-input", "problem.invalidInput"),
        MALFORMED_REQUEST("urn:zorgzame:problem:malformed-request", "problem.malformedRequest"),
        NOT_FOUND("urn:zorgzame:problem:not-found", "problem.notFound"),
        CONFLICT("urn:zorgzame:problem:conflict", "problem.conflict"),
        IN_USE("urn:zorgzame:problem:in-use", "problem.inUse"),
        WRONG_STATE("urn:zorgzame:problem:wrong-state", "problem.wrongState"),
        BACKUP_NOT_POSSIBLE("urn:zorgzame:problem:backup-not-possible", "problem.backupNotPossible"),
        REQUEST_TOKEN_MISSING("urn:zorgzame:problem:request-token", "problem.requestToken"),
        PERSON_ERASED("urn:zorgzame:problem:person-erased", "problem.personErased");

        private final String uri;
        private final String messageKey;

        Type(String uri, String messageKey) {
            this.uri = uri;
            this.messageKey = messageKey;
        }
    }

    public Response of(Response.StatusType status, Type type, Locale locale, URI instance, List<FieldError> errors) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.uri)
                .add("title", Messages.text(locale, type.messageKey + ".title"))
                .add("status", status.getStatusCode())
                .add("detail", Messages.text(locale, type.messageKey + ".detail"));
        if (instance != null) {
            json.add("instance", instance.getPath());
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            errors.forEach(error -> array.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            json.add("errors", array);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(json.build().toString()).build();
    }

    /** A plain HTTP error (401, 403, 404 for an unknown path, 405, 415, ...) as a problem document. */
    public Response status(Response.StatusType status, URI instance) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode());
        if (instance != null) {
            json.add("instance", instance.getPath());
        }
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(json.build().toString());
        if (status.getStatusCode() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"zorgzame\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    public Response status(Response.StatusType status, ContainerRequestContext request) {
        return status(status, request.getUriInfo().getRequestUri());
    }

    public Response unauthorized(ContainerRequestContext request) {
        return status(Response.Status.UNAUTHORIZED, request);
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Languages.DUTCH : Languages.bestOf(headers.getAcceptableLanguages());
    }

    public static URI instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri();
    }
}
