package org.renkei.platform;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page given as offset and limit, as Vaadin's lazy grids ask for rows (an offset need not be a
 * multiple of the page size). Limits are capped so no caller can ask for everything at once.
 */
public record OffsetLimit(long offset, int limit, Sort sort) implements Pageable {

    public static final int MAX_LIMIT = 500;

    public static OffsetLimit of(long offset, int limit) {
        return new OffsetLimit(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIMIT)), Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetLimit(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
