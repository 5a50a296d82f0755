package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.extract.DocumentFormat;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One corpus file after extraction, decoding and parsing, before the archive-wide checks (a meeting already read from
 * an earlier file, closed items): what depends on the file's bytes, its name and its folder's settings alone, and so
 * what {@link ParseCache} keeps. Exactly one of {@code minutes}, {@code skipped} and {@code error} is set.
 *
 * @param charset            the charset the text was decoded from (UTF-8 for extracted formats)
 * @param extractionWarnings what PDF, Word or HTML extraction warned about
 * @param error              what the parser threw (never cached; the loader rethrows it in file order)
 */
record ParsedFile(String name, DocumentFormat format, Charset charset, List<String> extractionWarnings,
                  ParsedMinutes minutes, FileReport skipped, RuntimeException error) {

    ParsedFile {
        extractionWarnings = List.copyOf(extractionWarnings);
    }

    static ParsedFile skipped(FileReport report) {
        return new ParsedFile(report.file(), null, null, List.of(), null, report, null);
    }

    static ParsedFile failed(String name, DocumentFormat format, Charset charset, List<String> warnings,
                             RuntimeException error) {
        return new ParsedFile(name, format, charset, warnings, null, null, error);
    }

    /** The reason the file was skipped, as its report gives it. */
    String skipReason() {
        return skipped.problems().get(skipped.problems().size() - 1).message();
    }
}
