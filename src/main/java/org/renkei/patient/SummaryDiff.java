package org.renkei.patient;

import java.util.List;

/** What changed between two versions of a summary, section by section (only the sections that changed). */
public record SummaryDiff(VersionInfo from, VersionInfo to, List<SectionChange> sections) {

    /** A section's lines: unchanged, removed (in {@code from} only) or added (in {@code to} only). */
    public record SectionChange(String section, List<Line> lines) {}

    public record Line(Kind kind, String text) {}

    public enum Kind { SAME, REMOVED, ADDED }
}
