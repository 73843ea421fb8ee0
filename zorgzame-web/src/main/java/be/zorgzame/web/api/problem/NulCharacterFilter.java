package be.zorgzame.web.api.problem;

import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.web.Languages;
import be.zorgzame.web.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a query or path parameter holding the NUL character (400 naming the parameter). No text of
 * the module has one, and PostgreSQL refuses it in any text value with an error, which would otherwise
 * reach the caller as a server error (found by HostileRequestsIT on PostgreSQL).
 */
@Provider
public class NulCharacterFilter implements ContainerRequestFilter {

    private static final String NUL = "\u0000";

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        Locale locale = Languages.bestOf(request.getAcceptableLanguages());
        collect(request.getUriInfo().getQueryParameters(), locale, errors);
        collect(request.getUriInfo().getPathParameters(), locale, errors);
        if (!errors.isEmpty()) {
            request.abortWith(problems.of(Response.Status.BAD_REQUEST, Problems.Type.INVALID_INPUT, locale,
                    request.getUriInfo().getRequestUri(), errors));
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, Locale locale, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value != null && value.contains(NUL))) {
                errors.add(new FieldError(parameter.getKey(), Messages.text(locale, "field.wrongShape")));
            }
        }
    }
}
