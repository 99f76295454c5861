package org.glose.robustness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded random damage to a file, for the fuzz tests: the same seed always gives the same bytes, so a failure
 * is reproduced from the seed printed with it.
 */
final class Mutations {

    private Mutations() {
    }

    static byte[] mutate(byte[] original, long seed) {
        Random r = new Random(seed);
        byte[] b = original.clone();
        int kind = (int) (seed % 7);
        return switch (kind) {
            case 0 -> flipBytes(b, r, 1 + r.nextInt(20));
            case 1 -> Arrays.copyOf(b, r.nextInt(Math.max(1, b.length)));
            case 2 -> overwrite(b, r);
            case 3 -> duplicateSlice(b, r);
            case 4 -> deleteSlice(b, r);
            case 5 -> mutateInsideZip(b, r);
            default -> flipBytes(overwrite(b, r), r, 5);
        };
    }

    private static byte[] flipBytes(byte[] b, Random r, int count) {
        for (int i = 0; i < count && b.length > 0; i++) {
            b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    private static byte[] overwrite(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        int from = r.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + r.nextInt(512));
        for (int i = from; i < from + len; i++) {
            b[i] = (byte) r.nextInt();
        }
        return b;
    }

    private static byte[] duplicateSlice(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        int from = r.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + r.nextInt(4096));
        int at = r.nextInt(b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.write(b, from, len);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] deleteSlice(byte[] b, Random r) {
        if (b.length < 2) {
            return b;
        }
        int from = r.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + r.nextInt(4096));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        out.write(b, from + len, b.length - from - len);
        return out.toByteArray();
    }

    /**
     * For ZIP packages (DOCX, ODT, EPUB): damage the XML inside one entry and zip again, so that the parsers
     * behind the ZIP layer see broken markup rather than a broken archive. Other files get bytes flipped.
     */
    private static byte[] mutateInsideZip(byte[] b, Random r) {
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K') {
            return flipBytes(b, r, 10);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().endsWith(".xml") && r.nextBoolean()) {
                        content = mangleXml(content, r);
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException | IllegalArgumentException e) {
            return flipBytes(b, r, 10);
        }
    }

    private static byte[] mangleXml(byte[] xml, Random r) {
        String s = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        if (s.isEmpty()) {
            return xml;
        }
        int at = r.nextInt(s.length());
        String[] junk = {"<", ">", "&", "&amp", "</w:p>", "<w:t>", "]]>", "<!--", "\u0000", "\uFFFF", "\"", "&#0;",
            "&#xD800;", "<text:p>", "</office:text>"};
        String mangled = switch (r.nextInt(3)) {
            case 0 -> s.substring(0, at) + junk[r.nextInt(junk.length)] + s.substring(at);
            case 1 -> s.substring(0, at);
            default -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(200)));
        };
        return mangled.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
