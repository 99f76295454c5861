package org.glose.interchange.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.AttributeType;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.CodePalette;
import org.glose.interchange.refi.GloseExtension.DocumentInfo;
import org.glose.interchange.refi.ImportPlan.PlannedAttribute;
import org.glose.interchange.refi.ImportPlan.PlannedCase;
import org.glose.interchange.refi.ImportPlan.PlannedCode;
import org.glose.interchange.refi.ImportPlan.PlannedMemo;
import org.glose.interchange.refi.ImportPlan.Target;
import org.glose.interchange.refi.RefiProject.Case;
import org.glose.interchange.refi.RefiProject.Code;
import org.glose.interchange.refi.RefiProject.User;
import org.glose.interchange.refi.RefiProject.Variable;

/**
 * Turns a read QDPX into an {@link ImportPlan} and its loss report without writing anything: every decision
 * (names, GUIDs, positions, what cannot be kept and why) is taken here.
 */
public final class ImportPlanner {

    private static final int VALUE_LENGTH = 4000;

    /** The type of each planned attribute, by its GUID in the project. */
    private final Map<String, AttributeType> types = new HashMap<>();

    private final RefiProject project;
    private final QdpxArchive archive;
    private final PlanContext ctx;
    private final List<PlannedCode> codes = new ArrayList<>();
    private int nonCodable;

    private ImportPlanner(RefiProject project, QdpxArchive archive) {
        this.project = project;
        this.archive = archive;
        this.ctx = new PlanContext(project.creatingUser());
    }

    /** Reads the archive's project file and plans its import. */
    public static ImportPlan plan(QdpxArchive archive) {
        RefiProject project = QdeParser.parse(archive.readQde(), archive.qdeName());
        return new ImportPlanner(project, archive).plan();
    }

    private ImportPlan plan() {
        for (User u : project.users()) {
            ctx.user(u.guid(), u.name(), u.id());
        }
        PlanContext.UniqueNames roots = new PlanContext.UniqueNames(200);
        for (int i = 0; i < project.codes().size(); i++) {
            code(project.codes().get(i), null, roots, i);
        }
        ctx.losses.add("code%s marked as not codable (folders)", null, "Glose has no such mark: they are imported "
                + "as ordinary codes", nonCodable);
        Map<String, DocumentInfo> extension = GloseExtension.read(archive).map(GloseExtension::documents)
                .orElse(Map.of());
        SourcePlanner sources = new SourcePlanner(ctx, archive, extension, PositionUnits.isNvivo(project.origin()));
        sources.plan(project.sources());
        List<PlannedAttribute> attributes = new ArrayList<>();
        Map<String, String> attributeByVariable = attributes(attributes);
        List<PlannedCase> cases = cases(attributeByVariable);
        project.projectNoteRefs().forEach(n -> ctx.noteRef(n, Target.PROJECT, null));
        NotePlanner notes = new NotePlanner(ctx, archive);
        notes.plan(project.notes());
        List<PlannedMemo> memos = new ArrayList<>(notes.memos);
        memos.addAll(sources.memos);
        if (!PlanContext.blank(project.description())) {
            memos.add(new PlannedMemo(ctx.guid(null), "Project description", project.description(), Target.PROJECT,
                    null, ctx.coderIfGiven(project.creatingUser()), null));
        }
        other();
        String name = new PlanContext.UniqueNames(200).take(project.name(), stem(archive.fileName()));
        LossReport report = new LossReport(codes.size(), sources.documents.size(), sources.codings.size(),
                memos.size(), cases.size(), ctx.losses.skipped(), ctx.losses.remarks());
        return new ImportPlan(name, ctx.coders(), codes, sources.documents, sources.codings, memos, attributes,
                cases, report);
    }

    private void code(Code c, String parentGuid, PlanContext.UniqueNames siblings, int sortOrder) {
        String guid = ctx.guid(c.guid());
        if (c.guid() != null) {
            ctx.codes.putIfAbsent(c.guid(), guid);
        }
        String name = siblings.take(c.name(), "(unnamed code)");
        CodeDetails details = CodeDescriptions.parse(c.description(), colour(c.color(), codes.size()));
        codes.add(new PlannedCode(guid, parentGuid, name, details, sortOrder));
        if (!c.codable()) {
            nonCodable++;
        }
        c.noteRefs().forEach(n -> ctx.noteRef(n, Target.CODE, guid));
        PlanContext.UniqueNames children = new PlanContext.UniqueNames(200);
        for (int i = 0; i < c.children().size(); i++) {
            code(c.children().get(i), guid, children, i);
        }
    }

    /** #rrggbb kept, #rgb expanded; a missing or odd colour (ATLAS.ti and NVivo write none) takes the palette's. */
    static String colour(String color, int n) {
        if (color != null) {
            String c = color.strip();
            if (c.matches("#[0-9A-Fa-f]{6}")) {
                return c;
            }
            if (c.matches("#[0-9A-Fa-f]{3}")) {
                return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
            }
        }
        return CodePalette.colour(n);
    }

    /**
     * One attribute per Variable, typed from its typeOfVariable (VariableTypes); a typed Variable one of whose
     * values does not fit its type becomes a text attribute, said in the report.
     */
    private Map<String, String> attributes(List<PlannedAttribute> into) {
        Map<String, String> byVariable = new HashMap<>();
        PlanContext.UniqueNames names = new PlanContext.UniqueNames(200);
        for (Variable v : project.variables()) {
            String guid = ctx.guid(v.guid());
            String name = names.take(v.name(), "Variable " + (into.size() + 1));
            AttributeType type = VariableTypes.attributeType(v.type());
            if (type != AttributeType.TEXT) {
                AttributeType declared = type;
                boolean fits = project.cases().stream().map(c -> c.values().get(v.guid()))
                        .filter(value -> value != null && !value.isBlank())
                        .allMatch(value -> VariableTypes.convert(declared, value).isPresent());
                if (!fits) {
                    ctx.losses.remark("The variable " + name + " of type " + v.type().strip() + " has values that are "
                            + "not of that type: it becomes a text attribute.");
                    type = AttributeType.TEXT;
                } else {
                    ctx.losses.remark("Variables of type " + v.type().strip() + " become " + type.key()
                            + " attributes" + (type == AttributeType.CHOICE ? " (true, false)" : "")
                            + (v.type().strip().equals("DateTime") ? ", without their time of day" : "") + ".");
                }
            }
            types.put(guid, type);
            into.add(new PlannedAttribute(guid, name, type, type == AttributeType.CHOICE
                    ? VariableTypes.BOOLEAN_CHOICES : List.of()));
            if (v.guid() != null) {
                byVariable.put(v.guid(), guid);
            }
        }
        return byVariable;
    }

    private List<PlannedCase> cases(Map<String, String> attributeByVariable) {
        List<PlannedCase> cases = new ArrayList<>();
        PlanContext.UniqueNames names = new PlanContext.UniqueNames(200);
        for (Case c : project.cases()) {
            String name = names.take(c.name(), "Case " + (cases.size() + 1));
            List<String> documents = c.sourceRefs().stream().map(ctx.documents::get)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            Map<String, String> values = new LinkedHashMap<>();
            c.values().forEach((variable, value) -> {
                String attribute = attributeByVariable.get(variable);
                if (attribute == null) {
                    ctx.losses.add("case value%s of undeclared variables", null, "the variable they refer to is "
                            + "not in the project's Variables");
                } else if (!value.isBlank()) {
                    if (value.length() > VALUE_LENGTH) {
                        ctx.losses.add("attribute value%s longer than 4000 characters", null, "they were cut");
                    }
                    String kept = VariableTypes.convert(types.get(attribute), value).orElse(value);
                    values.put(attribute, kept.length() > VALUE_LENGTH ? kept.substring(0, VALUE_LENGTH) : kept);
                }
            });
            cases.add(new PlannedCase(ctx.guid(c.guid()), name, c.description(), documents, values));
            ctx.losses.add("code reference%s of cases", null, "Glose links cases to documents only", c.codeRefs());
            ctx.losses.add("selection reference%s of cases", null, "Glose links cases to whole documents only",
                    c.selectionRefs());
        }
        return cases;
    }

    private void other() {
        project.sets().forEach(s -> ctx.losses.add("set%s (" + String.valueOf(s.name()).replace("%", "%%") + ", " + s.members() + " members)", null,
                "Glose has no sets; their members are imported without the grouping"));
        ctx.losses.add("link%s between objects", null, "Glose has no links between objects", project.links());
        ctx.losses.add("graph%s", null, "Glose has no graphs (concept maps)", project.graphs());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
