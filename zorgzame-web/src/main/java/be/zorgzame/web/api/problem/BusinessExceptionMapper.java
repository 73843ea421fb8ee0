package be.zorgzame.web.api.problem;

import be.zorgzame.platform.backup.BackupNotPossibleException;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InUseException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.problem.ZorgzameException;
import be.zorgzame.partners.boundary.PersonErasedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Not found (404), edit conflict, still in use, person erased or no backup possible (409) and forbidden (403) from the services. */
@Provider
@ApplicationScoped
public class BusinessExceptionMapper implements ExceptionMapper<ZorgzameException> {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ZorgzameException exception) {
        if (exception instanceof NotFoundException) {
            return problem(Response.Status.NOT_FOUND, Problems.Type.NOT_FOUND);
        }
        if (exception instanceof ConflictException) {
            return problem(Response.Status.CONFLICT, Problems.Type.CONFLICT);
        }
        if (exception instanceof PersonErasedException) {
            return problem(Response.Status.CONFLICT, Problems.Type.PERSON_ERASED);
        }
        if (exception instanceof WrongStateException) {
            LOG.info(exception::getMessage);
            return problem(Response.Status.CONFLICT, Problems.Type.WRONG_STATE);
        }
        if (exception instanceof BackupNotPossibleException) {
            return problem(Response.Status.CONFLICT, Problems.Type.BACKUP_NOT_POSSIBLE);
        }
        if (exception instanceof InUseException) {
            return problem(Response.Status.CONFLICT, Problems.Type.IN_USE);
        }
        if (exception instanceof ForbiddenException) {
            LOG.warning(exception::getMessage);
            return problems.status(Response.Status.FORBIDDEN, Problems.instance(uriInfo));
        }
        LOG.log(Level.SEVERE, "Unmapped business exception", exception);
        return problems.status(Response.Status.INTERNAL_SERVER_ERROR, Problems.instance(uriInfo));
    }

    private Response problem(Response.Status status, Problems.Type type) {
        return problems.of(status, type, Problems.locale(headers), Problems.instance(uriInfo), List.of());
    }
}
