package be.zorgzame.web.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type, unreadable body)
 * as problem documents instead of the server's HTML error pages.
 */
@Provider
@ApplicationScoped
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (isUnreadableBody(exception)) {
            return problems.of(Response.Status.BAD_REQUEST, Problems.Type.MALFORMED_REQUEST,
                    Problems.locale(headers), Problems.instance(uriInfo), List.of());
        }
        return problems.status(exception.getResponse().getStatusInfo(), Problems.instance(uriInfo));
    }

    private static boolean isUnreadableBody(Throwable exception) {
        return MalformedRequestMapper.isUnreadableJson(exception);
    }
}
