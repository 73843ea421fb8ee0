package be.zorgzame.web;

import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;

/**
 * Shows input refused by a service next to the input it concerns: the form's input ids are the
 * field names of the service's input record.
 */
@ApplicationScoped
public class FacesFieldErrors {

    @Inject
    FieldErrors fieldErrors;

    public void show(String formId, ConstraintViolationException exception) {
        FacesContext context = FacesContext.getCurrentInstance();
        show(context, formId, fieldErrors.of(exception, locale(context)));
    }

    public void show(String formId, InvalidInputException exception) {
        FacesContext context = FacesContext.getCurrentInstance();
        show(context, formId, List.of(fieldErrors.of(exception, locale(context))));
    }

    private static void show(FacesContext context, String formId, List<FieldError> errors) {
        UIComponent form = context.getViewRoot().findComponent(formId);
        for (FieldError error : errors) {
            UIComponent input = form == null ? null : form.findComponent(error.field());
            String clientId = input == null ? null : input.getClientId(context);
            String text = input == null ? error.field() + ": " + error.message() : error.message();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot().getLocale();
    }
}
