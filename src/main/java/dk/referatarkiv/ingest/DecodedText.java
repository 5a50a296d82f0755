package dk.referatarkiv.ingest;

import java.nio.charset.Charset;

/** Text decoded from a file's bytes, with the charset that was detected. */
public record DecodedText(String text, Charset charset) {
}
