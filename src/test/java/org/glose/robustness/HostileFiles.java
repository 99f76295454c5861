package org.glose.robustness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Makes the hostile files of the robustness corpus, each from a fixed recipe (no file is stored in the repository). */
final class HostileFiles {

    static final String FRENCH = "L’État et les communes partagent la donnée publique : « un commun », dit-elle.\n"
            + "Deuxième paragraphe, avec des accents : é è à ç œ æ ù.\n";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {
    }

    static Path sample(String name) {
        return Path.of(System.getProperty("glose.sampleCorpus", "sample-corpus")).resolve(name);
    }

    static byte[] sampleBytes(String name) throws IOException {
        return Files.readAllBytes(sample(name));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] text(String s, Charset charset) {
        return s.getBytes(charset);
    }

    static byte[] withBom(byte[] bom, byte[] rest) {
        byte[] all = Arrays.copyOf(bom, bom.length + rest.length);
        System.arraycopy(rest, 0, all, bom.length, rest.length);
        return all;
    }

    static byte[] random(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** A minimal valid DOCX whose document.xml is {@code documentXml}. */
    static byte[] docx(String documentXml) throws IOException {
        return zip(new String[] {
            "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"applic"
                    + "ation/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openx"
                    + "mlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
            "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxml"
                    + "formats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxml"
                    + "formats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>",
            "word/document.xml", documentXml});
    }

    static String docxBody(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml
                + "</w:body></w:document>";
    }

    /** A minimal ODT whose content.xml is {@code contentXml}. */
    static byte[] odt(String contentXml) throws IOException {
        return zip(new String[] {"mimetype", "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path="
                    + "\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                    + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
            "content.xml", contentXml});
    }

    static String odtBody(String textXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:"
                + "tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text>" + textXml + "</office:text></office:body></office:document-content>";
    }

    static byte[] zip(String[] namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb: a valid package (DOCX or ODT) whose main XML entry inflates to {@code inflated} bytes of one
     * letter inside one paragraph; compressed about 1,000 to 1.
     */
    static Path bomb(Path file, boolean docx, long inflated) throws IOException {
        byte[] small = docx ? docx(docxBody("<w:p><w:r><w:t>X</w:t></w:r></w:p>"))
                : odt(odtBody("<text:p>X</text:p>"));
        String main = docx ? "word/document.xml" : "content.xml";
        String xml = docx ? docxBody("<w:p><w:r><w:t>X</w:t></w:r></w:p>") : odtBody("<text:p>X</text:p>");
        int cut = xml.indexOf(">X<") + 1;
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(small))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    ZipEntry copy = new ZipEntry(e.getName());
                    if (e.getName().equals("mimetype")) {
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(content.length);
                        CRC32 crc = new CRC32();
                        crc.update(content);
                        copy.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(copy);
                    if (e.getName().equals(main)) {
                        zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                        byte[] letters = new byte[1 << 20];
                        Arrays.fill(letters, (byte) 'a');
                        for (long done = 0; done < inflated; done += letters.length) {
                            zip.write(letters);
                        }
                        zip.write(xml.substring(cut + 1).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        }
        return file;
    }

    /** The sample PDF with a user password: it cannot be opened without it. */
    static byte[] passwordPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sampleBytes("offre-de-stage.pdf"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The sample DOCX encrypted with a password (agile encryption, as Word 2010+ writes it). */
    static byte[] passwordDocx() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(sampleBytes("offre-de-stage.docx")));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A file that says it has {@code size} bytes without taking the disk space (sparse). */
    static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    /** About {@code megabytes} MB of French text in many lines, written without holding it in memory. */
    static Path largeText(Path file, int megabytes) throws IOException {
        byte[] line = ("Ligne de corpus : la donnée publique est un commun, l’État la partage avec les territoires"
                + ".\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long written = 0; written < (long) megabytes << 20; written += line.length) {
                out.write(line);
            }
        }
        return file;
    }
}
