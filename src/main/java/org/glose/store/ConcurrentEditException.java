package org.glose.store;

import org.glose.core.project.InvalidInputException;

/**
 * Another coder changed (or deleted) the code or coding this change was about since this client last read it;
 * nothing was saved, and the other coder's work stands. Showing the project again brings their change in.
 */
public final class ConcurrentEditException extends InvalidInputException {

    ConcurrentEditException(String what) {
        super(what + " was changed by another coder since you last saw it; your change was not saved, so that "
                + "theirs is not overwritten. Refresh the project to see their change, then make yours again.");
    }
}
