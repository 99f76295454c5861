package org.glose.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first launch's sample project appears whole or not at all. */
class WorkspaceTest {

    @TempDir
    Path home;

    @Test
    void firstLaunchBuildsTheSampleBesideAndLeavesNoBuildFolder() {
        Workspace workspace = new Workspace(home);
        Path sample = workspace.sampleProjectFolder();
        try (OpenProject project = workspace.openStartupProject()) {
            assertThat(project.location().toAbsolutePath()).isEqualTo(sample.toAbsolutePath());
            List<Document> documents = project.read(tx -> tx.documents().list());
            assertThat(documents).hasSize(3);
        }
        assertThat(SampleInstall.buildFolder(sample)).doesNotExist();
        assertThat(workspace.lastProject()).contains(sample.toAbsolutePath());
    }

    @Test
    void anInterruptedFirstLaunchIsReplacedOnTheNextOne() throws Exception {
        Workspace workspace = new Workspace(home);
        Path sample = workspace.sampleProjectFolder();
        // what a killed first launch leaves: a half-built folder beside, and a target folder with no database
        Path leftover = Files.createDirectories(SampleInstall.buildFolder(sample).resolve("snapshots"));
        Files.writeString(leftover.resolveSibling("glose.mv.db"), "half a database");
        Files.createDirectories(sample.resolve("index"));
        Files.writeString(sample.resolve("glose.trace.db"), "half");

        try (OpenProject project = workspace.openStartupProject()) {
            List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codings).hasSizeBetween(40, 50);
        }
        assertThat(ProjectFolder.isProject(sample)).isTrue();
        assertThat(SampleInstall.buildFolder(sample)).doesNotExist();
    }

    @Test
    void anExistingSampleProjectIsOpenedNotRebuilt() {
        Workspace workspace = new Workspace(home);
        Path sample = workspace.sampleProjectFolder();
        try (OpenProject project = workspace.openStartupProject()) {
            project.execute(new org.glose.core.coding.CreateCode(null, "Mon code", null));
        }
        try (OpenProject again = new Workspace(home).openStartupProject()) {
            List<Code> codes = again.read(tx -> tx.codes().list());
            assertThat(codes).anyMatch(c -> c.name().equals("Mon code"));
            assertThat(again.location().toAbsolutePath()).isEqualTo(sample.toAbsolutePath());
        }
    }
}
