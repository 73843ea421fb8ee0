package be.zorgzame.web.api.problem;

import be.zorgzame.web.Messages;
import be.zorgzame.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape (text where a date belongs): 400, naming the
 * field where the JSON binding says which one it was.
 */
@Provider
@ApplicationScoped
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedRequestMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ProcessingException exception) {
        if (!isUnreadableJson(exception)) {
            LOG.log(Level.SEVERE, "Request processing failed", exception);
            return problems.status(Response.Status.INTERNAL_SERVER_ERROR, Problems.instance(uriInfo));
        }
        Locale locale = Problems.locale(headers);
        List<FieldError> errors = offendingProperty(exception)
                .map(field -> List.of(new FieldError(field, Messages.text(locale, "field.wrongShape"))))
                .orElse(List.of());
        return problems.of(Response.Status.BAD_REQUEST, Problems.Type.MALFORMED_REQUEST, locale,
                Problems.instance(uriInfo), errors);
    }

    static boolean isUnreadableJson(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> offendingProperty(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
