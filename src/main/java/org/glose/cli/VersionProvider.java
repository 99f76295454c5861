package org.glose.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code glose --version}: the jar manifest's version, or this release's. */
final class VersionProvider implements IVersionProvider {

    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        String fromJar = GloseCli.class.getPackage().getImplementationVersion();
        return new String[] {"glose " + (fromJar == null || fromJar.isBlank() ? VERSION : fromJar)};
    }
}
