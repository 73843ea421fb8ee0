package be.zorgzame.platform.problem;

import java.io.Serializable;

/** One refused input field and why, in the user's language. */
public record FieldError(String field, String message) implements Serializable {
}
