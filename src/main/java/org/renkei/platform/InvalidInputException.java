package org.renkei.platform;

import java.util.List;

/** Input that breaks a rule; each problem names the field it belongs to, so a form can show it there. */
public class InvalidInputException extends RenkeiException {

    /** One problem with one field; {@code field} is empty for problems of the whole input. */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "error.invalid-input" : problems.getFirst().messageKey(),
                problems.isEmpty() ? new Object[0] : problems.getFirst().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public int status() {
        return 400;
    }
}
