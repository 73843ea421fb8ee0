package be.zorgzame.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns refused input into field errors for the REST API and the pages alike: the field named as the
 * client sent it (the record component, not the Java method path), the message in the user's language.
 */
@ApplicationScoped
public class FieldErrors {

    private static final String BUNDLE = "ValidationMessages";

    @Inject
    ValidatorFactory validatorFactory;

    public List<FieldError> of(ConstraintViolationException exception, Locale locale) {
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        return exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation.getPropertyPath()),
                        interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    public FieldError of(InvalidInputException exception, Locale locale) {
        return new FieldError(exception.field(), message(exception.messageKey(), locale));
    }

    /** A message without parameters ({@code {zorgzame.…}}) from the validation messages, in a language. */
    public static String message(String messageKey, Locale locale) {
        String key = messageKey.replaceAll("^\\{|\\}$", "");
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The client-facing field: bean property names after the method and parameter nodes. */
    static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        if (properties.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", properties);
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("no provider-specific context for " + type.getName());
            }
        };
    }
}
