package be.zorgzame.web.api.problem;

import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A business rule on the input was broken: 400 naming the field. */
@Provider
@ApplicationScoped
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Inject
    Problems problems;

    @Inject
    FieldErrors fieldErrors;

    @Override
    public Response toResponse(InvalidInputException exception) {
        Locale locale = Problems.locale(headers);
        return problems.of(Response.Status.BAD_REQUEST, Problems.Type.INVALID_INPUT, locale,
                Problems.instance(uriInfo), List.of(fieldErrors.of(exception, locale)));
    }
}
