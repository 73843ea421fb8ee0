package be.zorgzame.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** How an edit page ends an action: a confirmation, a refusal, or an HTTP error, in the page's language. */
public final class PageOutcomes {

    private PageOutcomes() {
    }

    /** After a successful change: back to a page, with the confirmation kept across the redirect. */
    public static void redirectWithConfirmation(String page, String messageKey) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        context.addMessage(null, new FacesMessage(Messages.text(context.getViewRoot().getLocale(), messageKey)));
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + page);
    }

    /** A change done while staying on the page. */
    public static void confirm(String messageKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(Messages.text(context.getViewRoot().getLocale(), messageKey)));
    }

    /** A refused change: the message on top, the form left as the user filled it in. */
    public static void error(String messageKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.text(context.getViewRoot().getLocale(), messageKey);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /** The page cannot be shown (unknown object: 404; not the user's: 403). */
    public static void sendError(int status) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(status, null);
        context.responseComplete();
    }
}
