package be.zorgzame.platform.problem;

/**
 * Input that passes the field constraints but breaks a rule needing the database or several fields
 * (an unknown municipality, an end before a start). Carries the field and a message key so the REST
 * layer and the pages can show it next to the right field, in the user's language.
 */
public class InvalidInputException extends ZorgzameException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
