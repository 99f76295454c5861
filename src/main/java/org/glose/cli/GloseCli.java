package org.glose.cli;

/** Temporary: replaced by the picocli command line. */
public final class GloseCli {
    private GloseCli() {
    }

    public static int run(String[] args) {
        return 1;
    }
}
