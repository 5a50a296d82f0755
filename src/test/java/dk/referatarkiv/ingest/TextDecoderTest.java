package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {

    private static final String DANISH = "Æbler, øl og ål – “citat”";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertEquals(DANISH, decoder.decode(DANISH.getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = DANISH.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(body, 0, both, 3, body.length);
        assertEquals(DANISH, decoder.decode(both).text());
    }

    @Test
    void legacyEncodingsKeepDanishLetters() throws Exception {
        DecodedText cp = decoder.decode(DANISH.getBytes(Charset.forName("windows-1252")));
        assertEquals(DANISH, cp.text());
        assertEquals("windows-1252", cp.charset().name());
        DecodedText latin = decoder.decode("Æbler, øl og ål".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Æbler, øl og ål", latin.text());
        assertEquals(StandardCharsets.ISO_8859_1, latin.charset());
    }

    @Test
    void utf16WithBom() throws Exception {
        assertEquals(DANISH, decoder.decode(DANISH.getBytes(StandardCharsets.UTF_16)).text());
    }

    @Test
    void utf16WithoutBomIsToldByItsZeroBytes() throws Exception {
        DecodedText le = decoder.decode(DANISH.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(DANISH, le.text());
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        DecodedText be = decoder.decode(DANISH.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(DANISH, be.text());
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
    }

    @Test
    void binaryIsRefused() {
        assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(new byte[]{'a', 0, 'b', 0, 1, 0, 2, 0}));
        assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(new byte[]{0, 0, 0, 0, 'a', 'b'}));
        assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(new byte[]{'a', 0, 'b'}));
        assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(new byte[]{1, 2, 3, 4, 'a'}));
    }
}
