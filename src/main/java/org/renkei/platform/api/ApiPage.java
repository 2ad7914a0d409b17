package org.renkei.platform.api;

import java.util.List;
import org.renkei.platform.InvalidInputException;

/**
 * A page of a list in the API: the items, where the page starts, how many were asked for, and whether more
 * follow (ask again with {@code offset + limit}).
 */
public record ApiPage<T>(List<T> items, int offset, int limit, boolean more) {

    /** The largest page the API hands out. */
    public static final int MAX_LIMIT = 200;

    /** From a list fetched with one extra row beyond {@code limit}, which tells whether more follow. */
    public static <T> ApiPage<T> of(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new ApiPage<>(more ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched), offset, limit, more);
    }

    /** A limit within 1..MAX_LIMIT, and an offset of 0 or more, or a clear refusal. */
    public static void check(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "validation.Min", 0);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "validation.Range", 1, MAX_LIMIT);
        }
    }
}
