package org.renkei.patient;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Compares two summaries section by section, line by line (java-diff-utils, Myers' algorithm). */
@Component
class SummaryDiffer {

    List<SummaryDiff.SectionChange> diff(PatientSummary from, PatientSummary to, Function<String, String> translate) {
        Map<String, List<String>> a = SummaryText.sections(from, translate);
        Map<String, List<String>> b = SummaryText.sections(to, translate);
        List<SummaryDiff.SectionChange> changes = new ArrayList<>();
        for (String section : a.keySet()) {
            List<String> before = a.get(section);
            List<String> after = b.get(section);
            if (before.equals(after)) {
                continue;
            }
            changes.add(new SummaryDiff.SectionChange(section, lines(before, after)));
        }
        return changes;
    }

    private static List<SummaryDiff.Line> lines(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<SummaryDiff.Line> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (position < delta.getSource().getPosition()) {
                lines.add(new SummaryDiff.Line(SummaryDiff.Kind.SAME, before.get(position++)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new SummaryDiff.Line(SummaryDiff.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new SummaryDiff.Line(SummaryDiff.Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        while (position < before.size()) {
            lines.add(new SummaryDiff.Line(SummaryDiff.Kind.SAME, before.get(position++)));
        }
        return lines;
    }
}
