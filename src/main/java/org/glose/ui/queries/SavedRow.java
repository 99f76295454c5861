package org.glose.ui.queries;

import static org.glose.ui.i18n.I18n.t;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glose.core.analysis.saved.AnalysisSettingsText;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.model.SavedQuery;
import org.glose.core.search.SearchSpec;
import org.glose.core.search.SearchSpecText;
import org.glose.ui.i18n.I18n;

/**
 * One line of the Queries tab: a saved search or a saved analysis, with its kind, what it asks in words and when
 * it was saved. {@code settings} is what was saved (a search's spec or an analysis's settings, as text).
 */
public record SavedRow(boolean search, String name, String kind, String settings, Instant savedAt) {

    static SavedRow of(SavedQuery q) {
        return new SavedRow(true, q.name(), "search", q.spec(), q.createdAt());
    }

    static SavedRow of(SavedAnalysis a) {
        return new SavedRow(false, a.name(), a.kind(), a.settings(), a.createdAt());
    }

    /** The kind as the window names it: a search, or which analysis. */
    public String kindLabel() {
        if (search) {
            return t("queries.kind.search");
        }
        return switch (kind == null ? "" : kind) {
            case "cooccurrence" -> t("queries.kind.cooccurrence");
            case "matrix" -> t("queries.kind.matrix");
            case "frequency" -> t("queries.kind.frequency");
            case "words" -> t("queries.kind.words");
            default -> kind;
        };
    }

    /** What it asks: a search's words and filters, or an analysis's settings as the command line states them. */
    public String asks() {
        if (!search) {
            String lines = String.join(" · ", settings.lines().filter(l -> !l.isBlank()).toList());
            return lines.isEmpty() ? t("queries.asks.defaults") : lines;
        }
        SearchSpec spec = SearchSpecText.read(settings);
        List<String> parts = new ArrayList<>();
        parts.add(spec.query());
        if (spec.exact()) {
            parts.add(t("queries.asks.exact"));
        }
        if (!spec.documents().isEmpty()) {
            parts.add(t("queries.asks.documents", String.join(", ", spec.documents())));
        }
        if (!spec.cases().isEmpty() || !spec.attributes().isEmpty()) {
            List<String> cases = new ArrayList<>(spec.cases());
            cases.addAll(spec.attributes());
            parts.add(t("queries.asks.cases", String.join(", ", cases)));
        }
        if (!spec.withinCodes().isEmpty()) {
            parts.add(t("queries.asks.within", String.join(", ", spec.withinCodes())));
        }
        if (!spec.notWithinCodes().isEmpty()) {
            parts.add(t("queries.asks.notWithin", String.join(", ", spec.notWithinCodes())));
        }
        if (spec.subcodes() && !(spec.withinCodes().isEmpty() && spec.notWithinCodes().isEmpty())) {
            parts.add(t("queries.asks.subcodes"));
        }
        if (spec.coder() != null) {
            parts.add(t("queries.asks.coder", spec.coder()));
        }
        return String.join(" · ", parts);
    }

    /** When it was saved, in the window's language. */
    public String savedLabel() {
        return savedAt == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(I18n.locale()).withZone(ZoneId.systemDefault()).format(savedAt);
    }

    /** Whether the filter's words are all in its name, kind or what it asks (any case). */
    boolean matches(String words) {
        String all = (name + " " + kindLabel() + " " + asks()).toLowerCase(Locale.ROOT);
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !all.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The same saved item (same kind of list, same name). */
    boolean sameAs(SavedRow other) {
        return other != null && search == other.search && name.equals(other.name);
    }

    /** An analysis's settings read back (refused when saved by a Glose that knows more kinds). */
    org.glose.core.analysis.saved.AnalysisSettings analysisSettings() {
        return AnalysisSettingsText.read(kind, settings);
    }
}
