package be.zorgzame.web.api.problem;

import be.zorgzame.platform.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Input failed its constraints: 400 listing every offending field. */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Inject
    Problems problems;

    @Inject
    FieldErrors fieldErrors;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = Problems.locale(headers);
        return problems.of(Response.Status.BAD_REQUEST, Problems.Type.INVALID_INPUT, locale,
                Problems.instance(uriInfo), fieldErrors.of(exception, locale));
    }
}
