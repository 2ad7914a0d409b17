package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import org.renkei.handoff.JpClinsValidator.KnownDefect;

/**
 * The defects of the JP-CLINS 1.5.2 package itself ({@link JpClinsValidator#DISCHARGE_SUMMARY_DEFECTS}), as the tests
 * use them: every error not explained by one of them is reported, and every one of them must be seen, so that the day a
 * fixed package no longer shows one, the test says so.
 */
public final class KnownIgDefects {

    public static final List<KnownDefect> DISCHARGE_SUMMARY = JpClinsValidator.DISCHARGE_SUMMARY_DEFECTS;

    /** What a draft (no profile claimed) still meets: the section codes 362 and 372 are unknown to the CodeSystem. */
    public static final List<KnownDefect> UNKNOWN_SECTION_CODES = List.of(DISCHARGE_SUMMARY.get(1));

    private KnownIgDefects() {}

    /** Describes the errors none of the known defects explains; asserts that each known defect was seen. */
    public static List<String> unexplained(List<SingleValidationMessage> errors, List<KnownDefect> known) {
        List<String> left = new ArrayList<>();
        boolean[] seen = new boolean[known.size()];
        for (SingleValidationMessage m : errors) {
            boolean explained = false;
            for (int i = 0; i < known.size(); i++) {
                if (known.get(i).matches(m)) {
                    seen[i] = true;
                    explained = true;
                }
            }
            if (!explained) {
                left.add(m.getMessageId() + " @ " + JpClinsValidator.location(m) + ": " + m.getMessage());
            }
        }
        for (int i = 0; i < known.size(); i++) {
            assertThat(seen[i]).as("known IG defect no longer seen (a fixed package?): " + known.get(i)).isTrue();
        }
        return left;
    }
}
