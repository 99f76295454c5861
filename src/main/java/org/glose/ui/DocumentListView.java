package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glose.core.cases.AttributeFilter;
import org.glose.core.model.Document;
import org.glose.ui.cases.AttributeFilterBar;

/**
 * The project's documents (name, format, pages) in the order they were imported, as MAXQDA's document list
 * keeps them (new documents come last); the selected one is shown in the document view. A filter above the list
 * narrows it to the documents of cases with an attribute value.
 */
final class DocumentListView {

    /** What one read brings back: the documents (filtered when asked), how many in all, the filter's choices. */
    private record Listing(List<Document> documents, int total, AttributeFilter.Choices choices) {
    }

    private final ProjectSession session;
    private final ListView<Document> list = new ListView<>();
    private final ReadOnlyObjectWrapper<Document> selected = new ReadOnlyObjectWrapper<>();
    private final VBox root;
    private final AttributeFilterBar filter = new AttributeFilterBar();
    private final Label placeholder = new Label();

    private boolean updating;
    private long reloads;

    DocumentListView(ProjectSession session) {
        this.session = session;
        list.setId("document-list");
        list.setCellFactory(l -> new DocumentCell());
        placeholder.setText(t("documents.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!updating) {
                selected.set(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        filter.filterProperty().addListener((o, was, now) -> reload());
        root = new VBox(4, filter.root(), list); // the navigation tab says "Documents"
        root.getStyleClass().add("document-list-view");
    }

    Node root() {
        return root;
    }

    AttributeFilterBar filter() {
        return filter;
    }

    ListView<Document> list() {
        return list;
    }

    /** The selected document; unchanged while the list is refreshed with the same documents. */
    ReadOnlyObjectProperty<Document> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Selects a document by id (it is shown in the document view); unknown ids are ignored. */
    void select(long documentId) {
        list.getItems().stream().filter(d -> d.id() == documentId).findFirst().ifPresent(d -> {
            list.getSelectionModel().select(d);
            list.scrollTo(d);
        });
    }

    /** Forgets the documents shown (another project is opening), then reads the new project's list. */
    void reset() {
        updating = true;
        try {
            list.getItems().clear();
        } finally {
            updating = false;
        }
        selected.set(null);
        reload();
    }

    /** Reads the list again, off the FX thread; keeps the selection, or selects the first document. */
    void reload() {
        long ticket = ++reloads;
        if (session.project() == null) {
            filter.setChoices(new AttributeFilter.Choices(List.of(), java.util.Map.of()));
            apply(List.of());
            return;
        }
        AttributeFilterBar.Filter wanted = filter.filterProperty().get();
        session.read(tx -> {
            List<Document> all = tx.documents().list().stream()
                    .sorted(java.util.Comparator.comparingLong(Document::id)).toList();
            List<Document> shown = all;
            if (wanted != null) {
                var ids = AttributeFilter.documents(tx, wanted.attributeId(), wanted.value());
                shown = all.stream().filter(d -> ids.contains(d.id())).toList();
            }
            return new Listing(shown, all.size(), AttributeFilter.choices(tx));
        }, listing -> {
            if (ticket == reloads) {
                filter.setChoices(listing.choices());
                apply(listing.documents());
                filter.showCount(listing.documents().size(), listing.total());
                placeholder.setText(wanted == null || listing.total() == 0 ? t("documents.empty")
                        : t("documents.noneWithAttribute", condition(wanted)));
            }
        });
    }

    private void apply(List<Document> documents) {
        Document before = selected.get();
        if (!documents.equals(list.getItems())) {
            updating = true;
            try {
                list.getItems().setAll(documents);
                Document keep = before == null ? null : documents.stream()
                        .filter(d -> d.id() == before.id()).findFirst().orElse(null);
                if (keep != null) {
                    list.getSelectionModel().select(keep);
                }
            } finally {
                updating = false;
            }
        }
        if (list.getSelectionModel().getSelectedItem() == null && !documents.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Document now = list.getSelectionModel().getSelectedItem();
        if (now == null || before == null || now.id() != before.id()) {
            selected.set(now);
        }
    }

    /** Two lines: the name, then format and pages. */
    private static final class DocumentCell extends ListCell<Document> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, name, details);

        DocumentCell() {
            name.getStyleClass().add("document-name");
            details.getStyleClass().add("document-details");
            name.setMinWidth(0);
            setPrefWidth(0); // long names shorten with "…" (full name in the tooltip) instead of scrolling
        }

        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(null);
            if (empty || d == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(d.name());
            setTooltip(new javafx.scene.control.Tooltip(d.name()));
            String format = d.format().toUpperCase(Locale.ROOT);
            details.setText(d.pages() == null ? format
                    : format + " · " + (d.pages() == 1 ? t("documents.page", d.pages())
                            : t("documents.pages", d.pages())));
            setGraphic(box);
        }
    }

    /** The filter as a reader writes it: "Role = chercheuse", "Age > 30", "Age ≥ 30" (the value may hold the comparison). */
    static String condition(AttributeFilterBar.Filter f) {
        String v = f.value().strip().replace(">=", "≥ ").replace("<=", "≤ ");
        boolean compared = !v.isEmpty() && "<>≤≥=".indexOf(v.charAt(0)) >= 0;
        if (compared && (v.startsWith("<") || v.startsWith(">"))) {
            v = v.charAt(0) + " " + v.substring(1).strip();
        }
        return f.attributeName() + (compared ? " " : " = ") + v.replaceAll("\\s+", " ");
    }
}
