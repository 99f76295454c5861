package org.glose.importer.odf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glose.importer.FileSignatures;
import org.glose.importer.PackageRefusal;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.ZipContent;

/**
 * An OpenDocument package (ODT, ODS): its content.xml and styles.xml, after refusing what cannot be read. An
 * encrypted package keeps its manifest readable but lists "encryption-data" for each encrypted entry.
 */
public final class OdfPackage {

    private final byte[] content;
    private final byte[] styles;

    private OdfPackage(byte[] content, byte[] styles) {
        this.content = content;
        this.styles = styles;
    }

    /**
     * Opens the package.
     *
     * @param mimetype   the expected media type, e.g. "application/vnd.oasis.opendocument.text"
     * @param notValid   the refusal for a file that is not such a package, e.g. "it is not a valid ODT file"
     */
    public static OdfPackage open(byte[] bytes, String mimetype, String notValid) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (!FileSignatures.isZip(bytes)) {
            throw new UnreadableDocumentException(notValid);
        }
        ZipContent zip;
        try {
            zip = ZipContent.read(bytes, name -> name.equals("mimetype") || name.equals("content.xml")
                    || name.equals("styles.xml") || name.equals("META-INF/manifest.xml"));
        } catch (IOException e) {
            throw PackageRefusal.of(e, notValid);
        }
        Optional<String> manifest = zip.entry("META-INF/manifest.xml").map(b -> new String(b, StandardCharsets.UTF_8));
        if (manifest.isPresent() && manifest.get().contains("encryption-data")) {
            throw new UnreadableDocumentException("it is password-protected");
        }
        Optional<String> declared = zip.entry("mimetype").map(b -> new String(b, StandardCharsets.US_ASCII).strip());
        if (declared.isPresent() && !declared.get().equals(mimetype) || zip.entry("content.xml").isEmpty()) {
            throw new UnreadableDocumentException(notValid);
        }
        return new OdfPackage(zip.entry("content.xml").get(), zip.entry("styles.xml").orElse(null));
    }

    /** content.xml: the body. */
    public byte[] content() {
        return content;
    }

    /** styles.xml (master pages with their headers and footers); empty when the package has none. */
    public Optional<byte[]> styles() {
        return Optional.ofNullable(styles);
    }
}
