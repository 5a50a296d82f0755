package dk.referatarkiv.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The front-end's address of a meeting or an item, as the pages link them (js/dom.js itemHref). */
final class ItemLinks {

    private ItemLinks() {
    }

    /** {@code /moede/{id}} for item 0 (the meeting header), else {@code /moede/{id}/punkt/{n}}. */
    static String path(String meetingId, int item) {
        String meeting = "/moede/" + URLEncoder.encode(meetingId, StandardCharsets.UTF_8).replace("+", "%20");
        return item == 0 ? meeting : meeting + "/punkt/" + item;
    }

    /** The site's own address as the request reached it, e.g. {@code http://localhost:7070}. */
    static String siteBase(io.javalin.http.Context ctx) {
        java.net.URI url = java.net.URI.create(ctx.url());
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
