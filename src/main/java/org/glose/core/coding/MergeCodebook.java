package org.glose.core.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.CodePalette;
import org.glose.core.model.CodePath;
import org.glose.core.model.Codebook;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.Guids;
import org.glose.core.project.Tx;

/**
 * Merges a codebook from another program (REFI-QDA QDC) into the project: each code is matched by GUID, then by
 * path (names compared ignoring case); unmatched codes are added with the file's GUID. A matched code keeps its
 * name, place and values; only its empty fields are filled from the file, and every difference is listed as a
 * conflict. {@link #preview} tells the same without changing anything.
 */
public final class MergeCodebook implements Command<MergeCodebook.Preview> {

    /** A code as the file gives it; {@code colour} null when the file has none. */
    public record Entry(String guid, String name, String colour, CodeDetails details, List<Entry> children) {
        public Entry {
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    public enum Match { GUID, PATH, NEW }

    /** A value that differs between the project (kept) and the file. */
    public record Conflict(String path, String field, String inProject, String inFile) {
    }

    public record Preview(int added, int matchedByGuid, int matchedByPath, int filled, List<Conflict> conflicts,
                          List<String> addedPaths) {
    }

    private final List<Entry> roots;

    public MergeCodebook(List<Entry> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public String label() {
        return "Merge codebook";
    }

    /** What {@link #apply} would do; changes nothing. */
    public Preview preview(Tx tx) {
        return new Planner(tx, false).run();
    }

    @Override
    public Applied<Preview> apply(Tx tx) {
        Planner planner = new Planner(tx, true);
        Preview preview = planner.run();
        List<Command<?>> inverses = new ArrayList<>(planner.inverses);
        Collections.reverse(inverses);
        return Applied.of(preview, new CompoundCommand("Undo codebook merge", inverses));
    }

    private final class Planner {
        private final Tx tx;
        private final boolean write;
        private final Codebook book;
        private final Map<String, Code> byGuid;
        private final Set<String> guidsInUse = new HashSet<>();
        private final List<Command<?>> inverses = new ArrayList<>();
        private final List<Conflict> conflicts = new ArrayList<>();
        private final List<String> addedPaths = new ArrayList<>();
        private int byGuidCount;
        private int byPathCount;
        private int filled;
        private int colourIndex;

        Planner(Tx tx, boolean write) {
            this.tx = tx;
            this.write = write;
            this.book = tx.codes().codebook();
            this.byGuid = book.depthFirst().stream().collect(Collectors.toMap(c -> c.guid().toLowerCase(Locale.ROOT),
                    Function.identity(), (a, b) -> a));
            guidsInUse.addAll(byGuid.keySet());
            colourIndex = book.size();
        }

        Preview run() {
            for (Entry e : roots) {
                merge(e, Optional.empty(), null, List.of(), true);
            }
            return new Preview(addedPaths.size(), byGuidCount, byPathCount, filled, conflicts, addedPaths);
        }

        /**
         * @param parent     the project code the entry's parent became (empty at the top, or for a new parent in a
         *                   preview)
         * @param parentPath that code's path in the project (null at the top)
         */
        private void merge(Entry e, Optional<Code> parent, String parentPath, List<String> filePath,
                           boolean parentExists) {
            List<String> names = new ArrayList<>(filePath);
            names.add(e.name().strip());
            String path = CodePath.join(names);
            String own = CodePath.join(List.of(e.name().strip()));
            Code match = e.guid() == null ? null : byGuid.get(e.guid().toLowerCase(Locale.ROOT));
            if (match != null) {
                byGuidCount++;
                String projectPath = book.pathOf(match.id());
                if (projectPath != null && !projectPath.equalsIgnoreCase(path)) {
                    conflicts.add(new Conflict(projectPath, "path", projectPath, path));
                }
            } else if (parentExists) {
                Long parentId = parent.map(Code::id).orElse(null);
                match = book.childrenOf(parentId).stream().filter(c -> c.name().equalsIgnoreCase(e.name().strip()))
                        .findFirst().orElse(null);
                if (match != null) {
                    byPathCount++;
                }
            }
            Optional<Code> here;
            String herePath;
            if (match != null) {
                compare(match, e);
                here = Optional.of(match);
                herePath = book.pathOf(match.id());
            } else {
                herePath = parentPath == null ? own : parentPath + "/" + own;
                addedPaths.add(herePath);
                here = write ? Optional.of(create(e, parent.map(Code::id).orElse(null))) : Optional.empty();
            }
            for (Entry child : e.children()) {
                merge(child, here, herePath, names, match != null);
            }
        }

        private Code create(Entry e, Long parentId) {
            String guid = e.guid() != null && guidsInUse.add(e.guid().toLowerCase(Locale.ROOT))
                    ? e.guid().toLowerCase(Locale.ROOT) : Guids.next();
            String colour = e.colour() != null ? e.colour() : CodePalette.colour(colourIndex++);
            String name = CodeNames.requireFree(tx, parentId, e.name(), null);
            Code code = tx.codes().insert(parentId, name, e.details().withColour(colour), guid,
                    tx.codes().nextSortOrder(parentId));
            inverses.add(new DeleteCode(code.id(), DeleteCode.Codings.DELETE));
            return code;
        }

        /** Lists differences; fills the project's empty fields from the file. */
        private void compare(Code code, Entry e) {
            String path = book.pathOf(code.id());
            CodeDetails mine = code.details();
            CodeDetails theirs = e.details();
            if (e.colour() != null && !e.colour().equalsIgnoreCase(mine.colour())) {
                conflicts.add(new Conflict(path, "colour", mine.colour(), e.colour().toUpperCase(Locale.ROOT)));
            }
            String[] fields = {"description", "inclusion", "exclusion", "example"};
            String[] ours = {mine.description(), mine.inclusion(), mine.exclusion(), mine.example()};
            String[] file = {theirs.description(), theirs.inclusion(), theirs.exclusion(), theirs.example()};
            String[] merged = ours.clone();
            boolean fill = false;
            for (int i = 0; i < fields.length; i++) {
                if (ours[i] == null && file[i] != null) {
                    merged[i] = file[i];
                    fill = true;
                } else if (ours[i] != null && file[i] != null && !Objects.equals(ours[i], file[i])) {
                    conflicts.add(new Conflict(path, fields[i], ours[i], file[i]));
                }
            }
            if (fill) {
                filled++;
                if (write) {
                    CodeDetails details = new CodeDetails(mine.colour(), merged[0], merged[1], merged[2], merged[3]);
                    inverses.add(new UpdateCode(code.id(), code.name(), details).apply(tx).inverse());
                }
            }
        }
    }
}
