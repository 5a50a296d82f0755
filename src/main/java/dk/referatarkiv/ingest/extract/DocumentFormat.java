package dk.referatarkiv.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The format of a minutes file, told from its first bytes and, only when they say nothing, from its file name.
 * Stateless and thread-safe.
 */
public enum DocumentFormat {
    /** Plain text or markdown: read by the text decoder, not extracted. */
    TEXT("text"),
    PDF("pdf"),
    /** Word 2007 and later (Office Open XML). */
    DOCX("docx"),
    /** Word 97-2003; recognised only to say that it is not supported. */
    DOC("doc"),
    HTML("html");

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] WORD_PART = ascii("word/document.xml");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /**
     * The PDF standard lets a file have bytes before its header, and readers look in the first kilobyte; that is
     * trusted only for a file named .pdf, since a text file may well mention "%PDF-" near its start.
     */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int HTML_SNIFF_WINDOW = 512;

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    /** A short lower-case name for reports: {@code pdf}, {@code docx}, ... */
    public String label() {
        return label;
    }

    public static DocumentFormat detect(String fileName, byte[] bytes) {
        boolean pdfName = extension(fileName).equals("pdf");
        if (pdfName ? indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0 : startsWithAfterSpace(bytes, PDF_MAGIC)) {
            return PDF;
        }
        // A .docx is a ZIP archive; its file names are stored uncompressed, so the main part's name is in the bytes.
        if (startsWith(bytes, ZIP_MAGIC) && indexOf(bytes, WORD_PART, bytes.length) >= 0) {
            return DOCX;
        }
        if (startsWith(bytes, OLE_MAGIC) && extension(fileName).equals("doc")) {
            return DOC;
        }
        if (looksLikeHtml(bytes)) {
            return HTML;
        }
        return switch (extension(fileName)) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "doc" -> DOC;
            case "html", "htm", "xhtml" -> HTML;
            default -> TEXT;
        };
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, HTML_SNIFF_WINDOW), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            head = end < 0 ? "" : head.substring(end + 2).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes start with {@code prefix} after an optional UTF-8 byte order mark and ASCII white space. */
    private static boolean startsWithAfterSpace(byte[] bytes, byte[] prefix) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (start < bytes.length && (bytes[start] == ' ' || (bytes[start] >= '\t' && bytes[start] <= '\r'))) {
            start++;
        }
        return bytes.length - start >= prefix.length
                && Arrays.equals(bytes, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, prefix.length) == 0;
    }

    /** The first index of {@code needle} starting within the first {@code window} bytes, or -1. */
    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(window, bytes.length - needle.length + 1);
        outer:
        for (int i = 0; i < last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
