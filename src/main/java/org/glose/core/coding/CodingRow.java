package org.glose.core.coding;

/** One coding as a file lists it: by document name and code path; {@code line} names it in messages. */
public record CodingRow(long line, String document, int start, int end, String codePath, String coder) {
}
