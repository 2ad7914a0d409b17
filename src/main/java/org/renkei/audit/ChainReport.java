package org.renkei.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the hash chain.
 *
 * @param checked           sealed events checked
 * @param firstBrokenEvent  the id of the first event whose stored content or link no longer matches; null when intact
 * @param problem           what is wrong with it: {@code changed}, {@code missing}, {@code relinked}
 * @param unsealed          events older than a minute that no seal covers
 */
public record ChainReport(long checked, @Nullable Long firstBrokenEvent, @Nullable Long firstBrokenSeq,
        @Nullable String problem, long unsealed) {

    public boolean intact() {
        return firstBrokenEvent == null;
    }
}
