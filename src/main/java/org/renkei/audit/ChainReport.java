package org.renkei.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the hash chain.
 *
 * @param checked           sealed events checked
 * @param firstBrokenEvent  the id of the first event whose stored content or link no longer matches; null when intact
 *                          or when what broke is not one event (the chain ends before its anchor)
 * @param problem           what is wrong: {@code changed}, {@code missing}, {@code relinked}; {@code truncated} (the
 *                          newest entries are gone: the chain ends before, or differs at, its newest anchor);
 *                          {@code anchor-forged} (the newest anchor's mac does not match the key)
 * @param unsealed          events older than a minute that no seal covers
 */
public record ChainReport(long checked, @Nullable Long firstBrokenEvent, @Nullable Long firstBrokenSeq,
        @Nullable String problem, long unsealed) {

    public boolean intact() {
        return problem == null;
    }
}
