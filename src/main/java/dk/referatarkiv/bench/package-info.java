/**
 * Scale measurements: a generator of large corpora made from real minutes, and the parts of {@code bench scale}
 * (child JVMs, HTTP load, a plain-Lucene reference, the report). Used by the command line only; nothing in the
 * pipeline depends on it.
 */
package dk.referatarkiv.bench;
