package org.glose.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Optimistic locking (V5__row_version.sql): the version of each code and coding this client last read, so that a
 * change made from what the user saw is refused when another coder changed the row since. One per open store.
 * Reads in read transactions say what the user now sees; reads inside a write only fill in rows never seen, so
 * a command that re-reads its row before changing it still compares with what the user saw. A write's own new
 * versions count only once it commits. The same goes for the project's revision (how many changes were
 * committed to it, {@link ProjectRevision}): the one this client's views show, to tell other coders' changes from
 * its own.
 */
final class RowVersions {

    private record Key(String table, long id) {
    }

    private final Map<Key, Integer> seen = new ConcurrentHashMap<>();
    /** The project revision this client has caught up with; -1 until known. */
    private volatile long revision = -1;

    /** The bookkeeping of one transaction. */
    Session session(boolean writing) {
        return new Session(writing);
    }

    final class Session {
        private final boolean writing;
        private final Map<Key, Integer> changes = new HashMap<>();
        private long committedRevision = -1;

        private Session(boolean writing) {
            this.writing = writing;
        }

        void saw(String table, long id, int version) {
            if (writing) {
                seen.putIfAbsent(new Key(table, id), version);
            } else {
                seen.put(new Key(table, id), version);
            }
        }

        /**
         * The version a change of this row must find: this transaction's own last change of it, else the one the
         * user saw, else {@code current} (a row first read in this transaction).
         */
        int expected(String table, long id, int current) {
            Key key = new Key(table, id);
            Integer own = changes.get(key);
            return own != null ? own : seen.getOrDefault(key, current);
        }

        void changed(String table, long id, int version) {
            changes.put(new Key(table, id), version);
        }

        /** This write raises the project's revision to {@code next} once it commits. */
        void raisesRevisionTo(long next) {
            committedRevision = next;
        }

        /**
         * Compares the project's revision now with the one this client caught up with; true when other clients
         * committed changes since (once: the client has then caught up).
         */
        boolean othersChangedSince(long latest) {
            boolean changed = revision >= 0 && latest != revision;
            revision = latest;
            return changed;
        }

        /** After the commit: this client's own changes are what it has seen. */
        void committed() {
            changes.forEach(seen::put);
            // caught up only when nobody else committed in between; otherwise the next look tells of theirs
            if (committedRevision >= 0 && (revision < 0 || committedRevision == revision + 1)) {
                revision = committedRevision;
            }
        }
    }
}
