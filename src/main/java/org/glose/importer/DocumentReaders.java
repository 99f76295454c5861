package org.glose.importer;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** The document readers found with {@link ServiceLoader}, looked up by file extension or by format. */
public final class DocumentReaders {

    private final List<DocumentReader> readers;

    private DocumentReaders(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Loads every {@link DocumentReader} registered in META-INF/services. */
    public static DocumentReaders load() {
        List<DocumentReader> found = ServiceLoader.load(DocumentReader.class, DocumentReaders.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(DocumentReader::format))
                .toList();
        return new DocumentReaders(found);
    }

    /** All readers, sorted by format. */
    public List<DocumentReader> all() {
        return readers;
    }

    /** Every extension some reader handles, lower case, without dot. */
    public Set<String> supportedExtensions() {
        Set<String> extensions = new TreeSet<>();
        readers.forEach(reader -> extensions.addAll(reader.extensions()));
        return Collections.unmodifiableSet(extensions);
    }

    /** The reader for this file: by extension, ignoring case; empty when no reader handles the extension. */
    public Optional<DocumentReader> forExtension(String fileName) {
        String extension = extensionOf(fileName);
        if (extension.isEmpty()) {
            return Optional.empty();
        }
        return readers.stream().filter(reader -> reader.extensions().contains(extension)).findFirst();
    }

    /** The reader producing this project format ("txt", "docx", "pdf"), ignoring case. */
    public Optional<DocumentReader> forFormat(String format) {
        return readers.stream().filter(reader -> reader.format().equalsIgnoreCase(format)).findFirst();
    }

    /** The lower-case extension of a file name or path, without dot; empty when it has none. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
