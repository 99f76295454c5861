package org.glose.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.Version;
import org.glose.core.model.Document;

/**
 * What an index commit says about itself (Lucene commit user data): the index format, the Lucene major version
 * and a fingerprint of the project content it holds. An index with another format or Lucene version is thrown
 * away and rebuilt; one with another fingerprint is brought up to date document by document.
 */
final class IndexStamp {

    /** Bump on any change of analysis chains (Analysis) or fields (IndexedDocument). */
    static final String FORMAT = "glose-search-1";
    static final String KEY_FORMAT = "glose.format";
    static final String KEY_LUCENE = "glose.lucene";
    static final String KEY_CONTENT = "glose.content";
    /** The content fingerprint of a commit made before an update finished (cancelled): never current. */
    static final String INCOMPLETE = "incomplete";

    private IndexStamp() {
    }

    static Map<String, String> of(String contentFingerprint) {
        return Map.of(KEY_FORMAT, FORMAT, KEY_LUCENE, Integer.toString(Version.LATEST.major),
                KEY_CONTENT, contentFingerprint);
    }

    /** True when an index with this commit data can be read and updated by this Glose. */
    static boolean compatible(Map<String, String> userData) {
        return FORMAT.equals(userData.get(KEY_FORMAT))
                && Integer.toString(Version.LATEST.major).equals(userData.get(KEY_LUCENE));
    }

    /**
     * What the index of one document depends on: its original's checksum, its text length, its analysis
     * language and how many times its text was edited.
     */
    static String of(Document d) {
        // an edited text (same length or not) differs by its revision; unedited ones keep their old fingerprint
        return d.sha256() + ":" + d.length() + ":" + Language.of(d.language())
                + (d.textRevision() == 0 ? "" : ":r" + d.textRevision());
    }

    /** The fingerprint of a whole project: every document id with its own fingerprint. */
    static String content(Collection<Document> documents) {
        Map<Long, String> sorted = new TreeMap<>();
        documents.forEach(d -> sorted.put(d.id(), of(d)));
        return content(sorted);
    }

    static String content(Map<Long, String> fingerprints) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(fingerprints).forEach((id, fp) ->
                    digest.update((id + "=" + fp + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
