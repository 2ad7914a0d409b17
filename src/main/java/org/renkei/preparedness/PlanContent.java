package org.renkei.preparedness;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the plan says beyond the summary, in the order of Tokyo's forms (東京都在宅人工呼吸器使用者災害時支援指針): who is
 * called and by whom within how long (安否確認), what to do in a blackout step by step, evacuation, supplies to keep, and
 * the supporters with their roles. The basic and medical information and the devices are read from the summary.
 */
public record PlanContent(List<CallContact> contacts, List<String> blackoutSteps, Evacuation evacuation, List<Supply> supplies,
        List<Supporter> supporters, @Nullable String notes) {

    public PlanContent {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        blackoutSteps = blackoutSteps == null ? List.of() : List.copyOf(blackoutSteps);
        evacuation = evacuation == null ? Evacuation.empty() : evacuation;
        supplies = supplies == null ? List.of() : List.copyOf(supplies);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
    }

    /** A new plan: the blackout steps and the supplies Tokyo's guideline lists, to be adjusted. */
    public static PlanContent starter(List<String> steps, List<String> supplies) {
        return new PlanContent(List.of(), steps, Evacuation.empty(), supplies.stream().map(s -> new Supply(s, false)).toList(),
                List.of(), null);
    }

    /** 緊急連絡先: who, how to reach them, who calls them, and within how many minutes of a disaster. */
    public record CallContact(String name, @Nullable String relation, @Nullable String phone, @Nullable String calledBy,
            @Nullable Integer withinMinutes) {}

    /** 避難: stay or go, where, the route, the transport, and how many helpers it takes. */
    public record Evacuation(@Nullable Stay decision, @Nullable String place, @Nullable String route, @Nullable String transport,
            @Nullable Integer helpers) {

        public static Evacuation empty() {
            return new Evacuation(null, null, null, null, null);
        }
    }

    /** 在宅避難 / 避難所・病院へ避難 / 状況による. */
    public enum Stay { STAY_HOME, EVACUATE, DEPENDS }

    /** 備蓄品: an item to keep, and whether it is there. */
    public record Supply(String item, boolean ready) {}

    /** 支援者: who helps with what (家族, 訪問看護, 業者, 近隣, 区の保健師 …). */
    public record Supporter(String name, @Nullable String organisation, @Nullable String role) {}
}
