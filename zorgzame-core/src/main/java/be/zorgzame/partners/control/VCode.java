package be.zorgzame.partners.control;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A V-code of the Flemish association register in any form {@link RegisterCode#VCODE} accepts; {@code null} is
 * valid (combine with {@code @NotNull}).
 * <p>
 * Not allowed on parameters: a record component's annotation would then also land on the canonical
 * constructor's parameter, where Payara 6's OpenAPI scanner fails on it.
 */
@Documented
@Constraint(validatedBy = VCode.Validator.class)
@Target({FIELD, METHOD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VCode {

    String message() default "{zorgzame.vcode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link RegisterCode#VCODE}. */
    class Validator implements ConstraintValidator<VCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RegisterCode.VCODE.isValid(value);
        }
    }
}
