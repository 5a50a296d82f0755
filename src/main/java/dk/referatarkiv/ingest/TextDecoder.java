package dk.referatarkiv.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of a minutes file and decodes it. Minutes come as UTF-8 (with or without BOM), UTF-16 with
 * BOM, or a legacy single-byte Windows-1252 / ISO-8859-1 export; Danish letters must survive all of them.
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
            return strictUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("binary content (NUL or control bytes), not a text file");
        }
        try {
            return strictUtf8(bytes, 0);
        } catch (NotTextException notUtf8) {
            // Windows-1252 and ISO-8859-1 agree on every letter; they differ only in 0x80-0x9F, where
            // ISO-8859-1 has invisible C1 controls and Windows-1252 has typographic characters (– ” €).
            Charset legacy = hasC1Range(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
            return new DecodedText(new String(bytes, legacy), legacy);
        }
    }

    private static DecodedText strictUtf8(byte[] bytes, int offset) throws NotTextException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid UTF-8");
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return bytes.length > 0 && controls > bytes.length * MAX_CONTROL_RATIO;
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
