package dk.referatarkiv.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Detects the encoding of a minutes file and decodes it. Minutes come as UTF-8 (with or without BOM), UTF-16 with
 * or without BOM, or a legacy single-byte Windows-1252 / ISO-8859-1 export; Danish letters must survive all of them.
 * Stateless and thread-safe.
 */
public final class TextDecoder {

    /** Bytes that never occur in text; a file with them is treated as binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Thrown when the bytes are not text in any supported encoding. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    public DecodedText decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).orElseThrow(() -> new NotTextException("not valid UTF-8"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            Optional<DecodedText> text = strict(bytes, 0, utf16).filter(t -> !hasControls(t.text()));
            if (text.isPresent()) {
                return text.get();
            }
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("binary content (NUL or control bytes), not a text file");
        }
        // Windows-1252 and ISO-8859-1 agree on every letter; they differ only in 0x80-0x9F, where
        // ISO-8859-1 has invisible C1 controls and Windows-1252 has typographic characters (– ” €).
        return strict(bytes, 0, StandardCharsets.UTF_8).orElseGet(() -> {
            Charset legacy = hasC1Range(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
            return new DecodedText(new String(bytes, legacy), legacy);
        });
    }

    /** The bytes from {@code offset} decoded strictly in this charset; empty when they are not valid in it. */
    private static Optional<DecodedText> strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new DecodedText(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * For BOM-less UTF-16, the share of code units whose high byte must be zero: Danish text is almost all Latin-1;
     * typographic dashes and quotes (U+20xx) are the usual exceptions, a few per line at most.
     */
    private static final double MIN_UTF16_ZERO_RATIO = 0.7;
    /** ... and the share of low bytes that may be zero (U+0100, U+2000, ...: almost never in Danish text). */
    private static final double MAX_UTF16_OTHER_ZERO_RATIO = 0.01;

    /**
     * UTF-16 without a BOM, told by its zero bytes: text in Latin scripts has a zero high byte in nearly every code
     * unit, so the zeros fall on odd offsets (UTF-16LE) or even ones (UTF-16BE) and almost never on the other.
     * Null when the pattern is not there (binary data has zeros on both).
     */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = bytes.length / 2;
        if (oddZeros >= units * MIN_UTF16_ZERO_RATIO && evenZeros <= units * MAX_UTF16_OTHER_ZERO_RATIO) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= units * MIN_UTF16_ZERO_RATIO && oddZeros <= units * MAX_UTF16_OTHER_ZERO_RATIO) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decoded text with NUL or more control characters than text has: binary data that happened to decode. */
    private static boolean hasControls(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > text.length() * MAX_CONTROL_RATIO;
    }

    private static boolean looksBinary(byte[] bytes) {
        // ISO-8859-1 maps each byte to the char of the same value: the bytes' control codes, counted as text.
        return hasControls(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private static boolean hasC1Range(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
