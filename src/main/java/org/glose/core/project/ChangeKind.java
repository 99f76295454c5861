package org.glose.core.project;

/** What one entry of a project's history records. */
public enum ChangeKind {
    CODED("coded"),
    UNCODED("uncoded"),
    RECODED("recoded"),
    RESIZED("resized"),
    CODING_RESTORED("restored coding"),
    CODE_CREATED("created code"),
    CODE_EDITED("edited code"),
    CODE_MOVED("moved code"),
    CODE_DELETED("deleted code"),
    CODE_RESTORED("restored code"),
    DOCUMENT_IMPORTED("imported document"),
    DOCUMENT_DELETED("deleted document"),
    DOCUMENT_RESTORED("restored document");

    private final String verb;

    ChangeKind(String verb) {
        this.verb = verb;
    }

    /** A few words for a history list, e.g. "recoded". */
    public String verb() {
        return verb;
    }
}
