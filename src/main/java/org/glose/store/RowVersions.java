package org.glose.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Optimistic locking (V5__row_version.sql): the version of each code and coding this client last read, so that a
 * change made from what the user saw is refused when another coder changed the row since. One per open store.
 * Reads in read transactions say what the user now sees; reads inside a write only fill in rows never seen, so
 * a command that re-reads its row before changing it still compares with what the user saw. A write's own new
 * versions count only once it commits.
 */
final class RowVersions {

    private record Key(String table, long id) {
    }

    private final Map<Key, Integer> seen = new ConcurrentHashMap<>();

    /** The bookkeeping of one transaction. */
    Session session(boolean writing) {
        return new Session(writing);
    }

    final class Session {
        private final boolean writing;
        private final Map<Key, Integer> changes = new HashMap<>();

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

        /** After the commit: this client's own changes are what it has seen. */
        void committed() {
            changes.forEach(seen::put);
        }
    }
}
