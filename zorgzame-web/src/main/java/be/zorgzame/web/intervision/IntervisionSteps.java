package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.MyPart;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * How every intervision page takes a step: on success to the page the step leads to, with its confirmation;
 * refused input next to its field; anything else as a message in the reader's words, never an error page.
 */
@ApplicationScoped
public class IntervisionSteps {

    @Inject
    FacesFieldErrors fieldErrors;

    /**
     * @param step does the work and answers the path of the page to show next
     * @param wrongState the message key for a step the object's state no longer allows, decided once it was refused
     */
    public void take(String form, Supplier<String> step, String confirmation, Supplier<String> wrongState) throws IOException {
        try {
            PageOutcomes.redirectWithConfirmation(step.get(), confirmation);
        } catch (ConstraintViolationException e) {
            fieldErrors.show(form, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(form, e);
        } catch (ConflictException e) {
            PageOutcomes.error("intervision.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error(wrongState.get());
        } catch (ForbiddenException | NotFoundException e) {
            PageOutcomes.error("intervision.forbidden");
        }
    }

    /**
     * Loads what a page shows, answering 404 for an unknown object and 403 for one the user may not see:
     * the services decide that, the page shows their answer as any other page's error.
     */
    public void show(Runnable load) throws IOException {
        try {
            load.run();
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void take(String form, Supplier<String> step, String confirmation) throws IOException {
        take(form, step, confirmation, () -> "intervision.wrongState");
    }

    /** The id a page was opened with; a page opened without one shows nothing there is. */
    static long requireId(Long id) {
        if (id == null) {
            throw new NotFoundException("page parameter", "id");
        }
        return id;
    }

    /** The facilitator's own pages: anyone else in the group may see it, not change it. */
    static void requireFacilitator(GroupView group) {
        if (group.myPart() != MyPart.FACILITATOR) {
            throw new ForbiddenException("Only the facilitator changes intervision group " + group.id());
        }
    }

    static String groupPath(long id) {
        return "/intervision/group.xhtml?id=" + id;
    }

    static String sessionPath(long id) {
        return "/intervision/session.xhtml?id=" + id;
    }
}
