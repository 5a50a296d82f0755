/**
 * Minutes files that are not plain text (PDF, Word .docx, HTML) turned into the plain text the minutes parser reads.
 * {@link dk.referatarkiv.ingest.extract.DocumentExtractor} is the one entry point; the text it returns follows the
 * contract in {@link dk.referatarkiv.ingest.extract.ExtractedText}. Nothing here knows about meetings or items, and
 * nothing removes page furniture (running headers, page numbers): that is the parser's job, for every format alike.
 */
package dk.referatarkiv.ingest.extract;
