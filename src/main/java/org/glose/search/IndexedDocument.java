package org.glose.search;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The Lucene document of one Glose document: its id, its fingerprint and its whole text analysed twice (stemmed
 * and exact) in the fields of its language, with positions and offsets in the postings so that every match
 * comes back as a character range. The text itself is not stored: it comes from the database.
 */
final class IndexedDocument {

    static final String ID = "id";
    static final String DOC_VALUE = "doc";
    static final String FINGERPRINT = "fp";
    static final String LANGUAGE = "lang";

    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private IndexedDocument() {
    }

    static org.apache.lucene.document.Document of(long id, String fingerprint, Language language, String text) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        doc.add(new NumericDocValuesField(DOC_VALUE, id));
        doc.add(new StoredField(FINGERPRINT, fingerprint));
        doc.add(new StoredField(LANGUAGE, language.name()));
        doc.add(new Field(language.stemmedField(), text, TEXT));
        doc.add(new Field(language.exactField(), text, TEXT));
        return doc;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static boolean isTextField(String field) {
        return field.startsWith("text_");
    }
}
