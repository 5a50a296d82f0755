package dk.referatarkiv.web;

import io.javalin.http.Context;

import java.util.List;

/**
 * The page of a list endpoint a request asks for: {@code page} (from 1) and {@code size} (1 to {@link #MAX_SIZE},
 * default {@link #DEFAULT_SIZE}). A page after the last is empty; the response's {@code total} says how many there
 * are. Immutable.
 */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;
    static final String SIZE_MESSAGE = "Sidestørrelsen 'size' skal være et helt tal mellem 1 og " + MAX_SIZE + ".";
    static final String PAGE_MESSAGE = "Sidenummeret 'page' skal være et helt tal, 1 eller større.";
    /** The first page at the default size: what a response that embeds a list gives of it. */
    static final Paging FIRST = new Paging(1, DEFAULT_SIZE);

    /** The page asked for; 400 with a Danish message that names the parameter when a value is not allowed. */
    static Paging of(Context ctx) {
        int size = QueryParams.wholeNumber(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE, SIZE_MESSAGE);
        int page = QueryParams.wholeNumber(ctx, "page", 1, 1, Integer.MAX_VALUE, PAGE_MESSAGE);
        return new Paging(page, size);
    }

    /** This page of {@code all}: a view, made in time proportional to the page, not to the list. */
    <T> List<T> of(List<T> all) {
        long from = (long) (page - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
