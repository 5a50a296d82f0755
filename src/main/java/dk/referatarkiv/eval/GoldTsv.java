package dk.referatarkiv.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated gold file. Blank lines, {@code #} comments and the header row (the first row whose
 * first column is the header name) are skipped; a row whose required columns are missing or blank is an error
 * naming the file and line, so a broken gold set never scores silently.
 */
final class GoldTsv {

    /** One row: its line number and its columns. */
    record Row(int line, String[] columns) {
        /** The column, or "" when the row ends before it. */
        String column(int index) {
            return index < columns.length ? columns[index].strip() : "";
        }
    }

    private GoldTsv() {
    }

    /**
     * @param required how many leading columns every row must fill
     * @param expected the expected layout, for the error message ("id<TAB>query<TAB>relevant_items")
     */
    static List<Row> read(Path tsv, String header, int required, String expected) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (!headerSeen) {
                headerSeen = true;
                if (columns[0].strip().equals(header)) {
                    continue;
                }
            }
            Row row = new Row(number, columns);
            for (int i = 0; i < required; i++) {
                if (row.column(i).isEmpty()) {
                    throw new IOException(tsv + ":" + number + ": expected " + expected);
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
