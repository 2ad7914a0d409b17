package org.renkei.coordination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.directory.Capability;
import org.renkei.directory.Intake;
import org.renkei.patient.Sex;
import org.renkei.shell.Badge;

/**
 * The kit's page pieces, and the desk pages' own: a request's status and an inquiry's answer as badges, what is needed
 * as a row of badges, a facility's intake, and the anonymous patient in a few words.
 */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    static Span status(Component owner, CoordinationStatus s) {
        Badge.Tone tone = switch (s) {
            case RECEIVED, PROPOSED -> Badge.Tone.WARNING;
            case INQUIRING -> Badge.Tone.INFO;
            case MATCHED, COMPLETED -> Badge.Tone.SUCCESS;
            case UNMATCHED -> Badge.Tone.DANGER;
            case WITHDRAWN -> Badge.Tone.NEUTRAL;
        };
        Span badge = Badge.of(owner.getTranslation("coordination.status." + s), tone);
        badge.addClassName("coordination-status");
        return badge;
    }

    static Span answer(Component owner, InquiryAnswer a) {
        Badge.Tone tone = switch (a) {
            case ACCEPT -> Badge.Tone.SUCCESS;
            case ASK -> Badge.Tone.WARNING;
            case DECLINE -> Badge.Tone.DANGER;
        };
        Span badge = Badge.of(owner.getTranslation("coordination.answer." + a), tone);
        badge.addClassName("coordination-answer");
        return badge;
    }

    static Span late(Component owner) {
        Span badge = Badge.of(owner.getTranslation("coordination.page.late"), Badge.Tone.DANGER);
        badge.addClassName("late");
        return badge;
    }

    static Span intake(Component owner, Intake i) {
        Badge.Tone tone = switch (i) {
            case ACCEPTING -> Badge.Tone.SUCCESS;
            case ASK -> Badge.Tone.WARNING;
            case FULL -> Badge.Tone.DANGER;
            case UNKNOWN -> Badge.Tone.NEUTRAL;
        };
        return Badge.of(owner.getTranslation("intake." + i), tone);
    }

    /** What is needed, one badge each; null when nothing was named, so that a fact leaves it out. */
    static @Nullable Div capabilities(Component owner, List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        Div d = new Div();
        d.addClassNames("badges", "coordination-capabilities");
        codes.forEach(c -> d.add(Badge.of(capability(owner, c), Badge.Tone.NEUTRAL)));
        return d;
    }

    static String capability(Component owner, String code) {
        try {
            return owner.getTranslation("capability." + Capability.valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** "68歳・男性", "68 years, male": the anonymous patient as the request gives them. */
    static @Nullable String patient(Component owner, @Nullable Integer age, @Nullable String sex) {
        String s = sex == null || sex.isBlank() ? null : sex(owner, sex);
        if (age == null) {
            return s;
        }
        String years = owner.getTranslation("coordination.page.years", age);
        return s == null ? years : owner.getTranslation("join.dot", years, s);
    }

    static String sex(Component owner, String sex) {
        try {
            return owner.getTranslation("sex." + Sex.valueOf(sex));
        } catch (IllegalArgumentException unknown) {
            return sex;
        }
    }
}
