package org.glose.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The code tree of a project at one moment: paths, children, depth-first order (parents before children). */
public final class Codebook {

    private static final Comparator<Code> SIBLING_ORDER =
            Comparator.comparingInt(Code::sortOrder).thenComparing(Code::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(Code::id);

    private final Map<Long, Code> byId = new LinkedHashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final Map<Long, String> paths = new HashMap<>();
    private final List<Code> ordered = new ArrayList<>();

    public Codebook(Collection<Code> codes) {
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        for (Code c : codes) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        walk(null, List.of());
    }

    private void walk(Long parent, List<String> prefix) {
        for (Code c : children.getOrDefault(parent, List.of())) {
            List<String> names = new ArrayList<>(prefix);
            names.add(c.name());
            paths.put(c.id(), CodePath.join(names));
            ordered.add(c);
            walk(c.id(), names);
        }
    }

    /** Parents before children, siblings in their order. */
    public List<Code> depthFirst() {
        return List.copyOf(ordered);
    }

    public List<Code> childrenOf(Long parentId) {
        return List.copyOf(children.getOrDefault(parentId, List.of()));
    }

    public Optional<Code> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String pathOf(long id) {
        return paths.get(id);
    }

    public Optional<Code> byPath(String path) {
        List<String> names = CodePath.split(path);
        Long parent = null;
        Code found = null;
        for (String name : names) {
            found = null;
            for (Code c : children.getOrDefault(parent, List.of())) {
                if (c.name().equals(name)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            parent = found.id();
        }
        return Optional.ofNullable(found);
    }

    /** True when {@code candidate} is {@code ancestor} or lies below it. */
    public boolean isSelfOrDescendant(long candidate, long ancestor) {
        Code c = byId.get(candidate);
        while (c != null) {
            if (c.id() == ancestor) {
                return true;
            }
            c = c.parentId() == null ? null : byId.get(c.parentId());
        }
        return false;
    }

    public int depth(long id) {
        int depth = 0;
        Code c = byId.get(id);
        while (c != null && c.parentId() != null) {
            depth++;
            c = byId.get(c.parentId());
        }
        return depth;
    }

    public int size() {
        return byId.size();
    }
}
