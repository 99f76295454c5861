package org.glose.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One snapshot of a project: a consistent copy of its database in {@code snapshots/<id>_<kind>.zip} (encrypted
 * like the project). {@code id} is the local time it was taken, {@code yyyyMMdd-HHmmss}, with "-2", "-3"... when
 * several were taken in the same second.
 */
public record Snapshot(String id, Instant takenAt, Kind kind, long size, Path file) {

    public enum Kind {
        /** Taken by the application: after open, then every 10 minutes while changes are made; pruned. */
        AUTO("auto"),
        /** Asked for by the user; kept until deleted by hand. */
        MANUAL("manual"),
        /** The project as it was just before a restore replaced it; kept until deleted by hand. */
        BEFORE_RESTORE("before-restore");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        static Kind ofTag(String tag) {
            for (Kind k : values()) {
                if (k.tag.equals(tag)) {
                    return k;
                }
            }
            return null;
        }
    }
}
