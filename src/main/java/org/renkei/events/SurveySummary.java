package org.renkei.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The survey's answers for the organiser, without names: how many, the average rating, the comments. */
public record SurveySummary(int answers, int attended, @Nullable Double average, List<String> comments) {}
