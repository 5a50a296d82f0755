package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the items of a one-meeting text in another order: the lines from one item heading to the next move as a
 * block, and each moved heading takes the number of the place it moves to, so numbers still run in order. Only for
 * layouts where that is plain: every item has its own heading line, in order, that writes its number. The caller
 * parses the result to check that the items still come out as intended. Stateless and thread-safe; the randomness
 * comes from the caller.
 */
final class ItemReorderer {

    private ItemReorderer() {
    }

    /** A text with its items reordered, and the item titles in their new order. */
    record Reordered(String text, List<String> titles) {
    }

    static Optional<Reordered> reorder(String text, Meeting meeting, Random random) {
        List<AgendaItem> items = meeting.items();
        if (items.size() < 2) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int[] starts = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            starts[i] = items.get(i).line() - 1;
            boolean inOrder = starts[i] >= 0 && starts[i] < lines.length && (i == 0 || starts[i] > starts[i - 1]);
            if (!inOrder || !numberAt(lines[starts[i]], items.get(i).number()).find()) {
                return Optional.empty();
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        if (isIdentity(order)) {
            Collections.rotate(order, 1);
        }
        StringBuilder out = new StringBuilder(text.length());
        appendLines(out, lines, 0, starts[0]);
        List<String> titles = new ArrayList<>();
        for (int place = 0; place < order.size(); place++) {
            int moved = order.get(place);
            int from = starts[moved];
            int to = moved + 1 < starts.length ? starts[moved + 1] : lines.length;
            String[] block = Arrays.copyOfRange(lines, from, to);
            block[0] = numberAt(block[0], items.get(moved).number())
                    .replaceFirst(Integer.toString(items.get(place).number()));
            appendLines(out, block, 0, block.length);
            titles.add(items.get(moved).title());
        }
        out.setLength(out.length() - 1); // the text had no newline after its last line
        return Optional.of(new Reordered(out.toString(), titles));
    }

    private static Matcher numberAt(String line, int number) {
        return Pattern.compile("(?<!\\d)" + number + "(?!\\d)").matcher(line);
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static void appendLines(StringBuilder out, String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(lines[i]).append('\n');
        }
    }
}
