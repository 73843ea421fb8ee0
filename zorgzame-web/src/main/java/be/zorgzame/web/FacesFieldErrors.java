package be.zorgzame.web;

import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows input refused by a service next to the input it concerns: the form's input ids are the
 * field names of the service's input record.
 */
@ApplicationScoped
public class FacesFieldErrors {

    private static final Pattern LIST_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

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

    /**
     * A refused import file: the reason next to the file input, naming the column when it is about one.
     * The import names the file itself by the id of the input ({@code file}).
     */
    public void showFileRefusal(String formId, String fileInputId, InvalidInputException refusal) {
        Locale locale = locale(FacesContext.getCurrentInstance());
        FieldError error = fieldErrors.of(refusal, locale);
        showAt(formId + ":" + fileInputId, fileInputId.equals(error.field()) ? error.message()
                : Messages.text(locale, "import.column", error.field()) + " " + error.message());
    }

    /** A message next to one input, failing the validation of the request. */
    public static void showAt(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static void show(FacesContext context, String formId, List<FieldError> errors) {
        UIComponent form = context.getViewRoot().findComponent(formId);
        for (FieldError error : errors) {
            String clientId = form == null ? null : clientId(context, form, error.field());
            String text = clientId == null ? error.field() + ": " + error.message() : error.message();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
    }

    /**
     * The input a field name points at. A field in a list ({@code parties[1].tasks}) is the input of
     * that id in that row of the table named after the list.
     */
    private static String clientId(FacesContext context, UIComponent form, String field) {
        Matcher row = LIST_FIELD.matcher(field);
        if (row.matches()) {
            UIComponent table = form.findComponent(row.group(1));
            boolean hasInput = table != null && table.findComponent(row.group(3)) != null;
            char separator = UINamingContainer.getSeparatorChar(context);
            return hasInput ? table.getClientId(context) + separator + row.group(2) + separator + row.group(3) : null;
        }
        UIComponent input = form.findComponent(field);
        return input == null ? null : input.getClientId(context);
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot().getLocale();
    }
}
