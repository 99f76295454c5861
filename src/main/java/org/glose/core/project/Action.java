package org.glose.core.project;

/**
 * Who makes a change and as part of which user action. The store writes both into the project's history with
 * every change of the transaction, so that nothing escapes it whatever command made the change.
 *
 * @param label the user action, e.g. "Code passage [0, 12)" or "Undo: Code passage [0, 12)"
 * @param actor the user, as {@link OpenProject#setActor} was told
 */
public record Action(String label, String actor) {

    /** The actor when nobody said who acts: the operating-system user, as {@code Coders.DEFAULT}. */
    public static final String DEFAULT_ACTOR = System.getProperty("user.name", "coder");

    public Action {
        label = label == null ? "" : label;
        actor = actor == null || actor.isBlank() ? DEFAULT_ACTOR : actor.strip();
        if (actor.length() > 200) {
            throw new InvalidInputException("A user's name has at most 200 characters.");
        }
        if (label.length() > 500) {
            label = label.substring(0, 499) + "…";
        }
    }

    /** A change made directly through the store, outside any named user action. */
    public static Action unnamed() {
        return new Action("", DEFAULT_ACTOR);
    }
}
