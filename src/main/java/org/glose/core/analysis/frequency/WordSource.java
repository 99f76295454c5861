package org.glose.core.analysis.frequency;

/** A text whose words are counted: a whole document or one coded passage, with its document and language. */
public record WordSource(long documentId, String text, boolean english) {
}
