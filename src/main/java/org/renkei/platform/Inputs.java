package org.renkei.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a command record against its Bean Validation constraints and turns what fails into an
 * {@link InvalidInputException} whose keys are {@code validation.<Constraint>}.
 */
@Component
public class Inputs {

    private final Validator validator;

    Inputs(Validator validator) {
        this.validator = validator;
    }

    /** The text without its surrounding blanks, or null when nothing is left. */
    public static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        List<InvalidInputException.Problem> problems = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(Inputs::problem)
                .toList();
        throw new InvalidInputException(problems);
    }

    private static InvalidInputException.Problem problem(ConstraintViolation<Object> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object[] args = switch (constraint) {
            case "Size" -> new Object[] {attributes.get("min"), attributes.get("max")};
            case "Max", "Min" -> new Object[] {attributes.get("value")};
            default -> new Object[0];
        };
        return new InvalidInputException.Problem(v.getPropertyPath().toString(), "validation." + constraint, args);
    }
}
