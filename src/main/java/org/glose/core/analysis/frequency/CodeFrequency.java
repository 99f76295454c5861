package org.glose.core.analysis.frequency;

import org.glose.core.model.Code;

/**
 * How much one code is used: its codings, the documents holding one, and the characters they cover (overlapping
 * codings counted once); with sub-codes, those of its sub-codes too.
 */
public record CodeFrequency(Code code, String path, int depth, long codings, long documents, long characters) {
}
