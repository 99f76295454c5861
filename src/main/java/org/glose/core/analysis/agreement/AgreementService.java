package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;

/**
 * Computes inter-coder agreement for a project: {@link #load} reads the codings through the repository ports
 * (inside one short read transaction) and builds the per-document tables; {@link #compute} then does the
 * arithmetic and the bootstrap without holding the project.
 */
public final class AgreementService {

    private AgreementService() {
    }

    /** The tables of a request: columns are the codes, in codebook order, then the pool of all of them. */
    public record Loaded(AgreementRequest request, List<String> coders, List<Code> codes, List<String> paths,
                         List<List<Ratings>> perDocument) {
    }

    /** The whole computation as a task for the window's background runner. */
    public static GloseTask<AgreementReport> task(OpenProject project, AgreementRequest request) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return "Inter-coder agreement";
            }

            @Override
            public AgreementReport run(Progress progress, Cancellation cancellation) {
                Loaded loaded = project.read(tx -> load(tx, request));
                return compute(loaded, progress, cancellation);
            }
        };
    }

    public static AgreementReport compute(Tx tx, AgreementRequest request) {
        return compute(load(tx, request), Progress.NONE, new Cancellation());
    }

    public static Loaded load(Tx tx, AgreementRequest request) {
        List<Coder> coders = coders(tx, request.coders());
        if (request.resamples() < 1) {
            throw new InvalidInputException("The bootstrap needs at least one resample.");
        }
        Codebook book = tx.codes().codebook();
        List<Document> documents = documents(tx, request.documents());
        Set<Long> documentIds = documents.stream().map(Document::id).collect(Collectors.toSet());
        List<Long> coderIds = coders.stream().map(Coder::id).toList();
        List<Coding> codings = new ArrayList<>();
        for (long coderId : coderIds) {
            tx.codings().list(new CodingFilter(null, null, coderId)).stream()
                    .filter(c -> documentIds.contains(c.documentId())).forEach(codings::add);
        }
        List<Code> codes = codes(book, request.code(), codings);
        List<Long> codeIds = codes.stream().map(Code::id).toList();
        List<List<Ratings>> perDocument = new ArrayList<>();
        for (Document d : documents) {
            List<Coding> own = codings.stream().filter(c -> c.documentId() == d.id()).toList();
            boolean needsText = request.unit() == Unit.CHARACTER || request.unit() == Unit.PARAGRAPH;
            String text = needsText ? tx.documents().text(d.id()) : "";
            Map<Long, Ratings> tables = UnitTables.of(request.unit(), text, coderIds, codeIds, own);
            List<Ratings> columns = new ArrayList<>();
            codeIds.forEach(id -> columns.add(tables.get(id)));
            columns.add(Ratings.pool(coderIds.size(), 2, tables.values()));
            perDocument.add(columns);
        }
        List<String> paths = codes.stream().map(c -> book.pathOf(c.id())).toList();
        return new Loaded(request, coders.stream().map(Coder::name).toList(), codes, paths, perDocument);
    }

    public static AgreementReport compute(Loaded loaded, Progress progress, Cancellation cancellation) {
        AgreementRequest request = loaded.request();
        int coders = loaded.coders().size();
        int columns = loaded.codes().size() + 1;
        List<Map<Statistic, Interval>> intervals = Bootstrap.intervals(loaded.perDocument(), columns, coders,
                request.resamples(), request.seed(), progress, cancellation);
        List<CodeAgreement> rows = new ArrayList<>();
        CodeAgreement overall = null;
        for (int j = 0; j < columns; j++) {
            List<Ratings> column = new ArrayList<>();
            for (List<Ratings> document : loaded.perDocument()) {
                column.add(document.get(j));
            }
            Ratings pooled = Ratings.pool(coders, 2, column);
            AgreementValues values = Coefficients.all(pooled);
            if (j < loaded.codes().size()) {
                rows.add(new CodeAgreement(loaded.paths().get(j), loaded.codes().get(j).id(), pooled.units(), values,
                        intervals.get(j)));
            } else {
                overall = new CodeAgreement(null, null, pooled.units(), values, intervals.get(j));
            }
        }
        return new AgreementReport(request.unit(), loaded.coders(), loaded.perDocument().size(), request.resamples(),
                request.seed(), Bootstrap.LEVEL, rows, overall);
    }

    private static List<Coder> coders(Tx tx, List<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        names.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(distinct::add);
        if (distinct.size() < 2) {
            throw new InvalidInputException("Agreement compares at least two coders; "
                    + (distinct.isEmpty() ? "none was given." : "only " + distinct.iterator().next() + " was given."));
        }
        List<Coder> coders = new ArrayList<>();
        for (String name : distinct) {
            coders.add(tx.coders().byName(name).orElseThrow(() -> new InvalidInputException("There is no coder named \""
                    + name + "\" in the project (coders: " + tx.coders().list().stream().map(Coder::name)
                    .collect(Collectors.joining(", ")) + ").")));
        }
        return coders;
    }

    private static List<Document> documents(Tx tx, List<String> refs) {
        if (refs.isEmpty()) {
            return tx.documents().list();
        }
        Set<Long> seen = new HashSet<>();
        List<Document> documents = new ArrayList<>();
        for (String ref : refs) {
            Document d = DocumentRefs.resolve(tx, ref);
            if (seen.add(d.id())) {
                documents.add(d);
            }
        }
        return documents;
    }

    /** The asked code, or every code one of the coders used, in codebook order. */
    private static List<Code> codes(Codebook book, String ref, List<Coding> codings) {
        if (ref != null && !ref.isBlank()) {
            return List.of(CodeRefs.resolve(book, ref));
        }
        Set<Long> used = codings.stream().map(Coding::codeId).collect(Collectors.toSet());
        return book.depthFirst().stream().filter(c -> used.contains(c.id())).toList();
    }
}
