package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.project.AutoSnapshots;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectLockedException;
import org.glose.core.project.ProjectProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("project");
    }

    private static List<String> codeNames(OpenProject p) {
        return p.read(tx -> tx.codes().list()).stream().map(Code::name).toList();
    }

    @Test
    void aRestoreBringsBackTheProjectAsItWasAndKeepsTheReplacedOneAside() {
        Snapshot taken;
        H2ProjectStore store = H2ProjectStore.create(folder(), "Test");
        try (OpenProject p = new OpenProject(store)) {
            p.execute(new CreateCode(null, "Avant", null));
            taken = store.takeSnapshot(Snapshot.Kind.MANUAL);
            p.execute(new CreateCode(null, "Après", null));
        }
        assertThat(taken.file()).exists().hasParent(ProjectFolder.snapshots(folder()));
        Optional<Snapshot> before = Snapshots.of(folder()).restore(taken.id());
        assertThat(before).get().extracting(Snapshot::kind).isEqualTo(Snapshot.Kind.BEFORE_RESTORE);
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            assertThat(codeNames(p)).containsExactly("Avant");
        }
        // restoring the before-restore snapshot undoes the restore
        Snapshots.of(folder()).restore(before.get().id());
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            assertThat(codeNames(p)).containsExactly("Avant", "Après");
        }
    }

    @Test
    void anOpenProjectCannotBeRestoredUnderItsFeet() {
        try (OpenProject p = TestProjects.create(folder())) {
            String id = p.snapshot(false).orElseThrow();
            assertThatThrownBy(() -> Snapshots.of(folder()).restore(id))
                    .isInstanceOf(ProjectLockedException.class).hasMessageContaining("already open");
        }
    }

    @Test
    void snapshotsAreFoundByIdOrUniquePrefixAndAnUnknownIdIsRefusedClearly() throws Exception {
        TestProjects.create(folder()).close();
        Clock frozen = Clock.fixed(java.time.Instant.parse("2025-03-10T17:00:00Z"), ZoneId.of("Europe/Paris"));
        Snapshots snapshots = new Snapshots(folder(), frozen);
        String first = snapshots.copyClosed(Snapshot.Kind.MANUAL).id();
        String second = snapshots.copyClosed(Snapshot.Kind.MANUAL).id();
        assertThat(first).isEqualTo("20250310-180000");
        assertThat(second).as("same second, numbered").isEqualTo("20250310-180000-2");
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(second, first);
        assertThat(snapshots.find(first).id()).isEqualTo(first);
        assertThat(snapshots.find("20250310-180000-").id()).isEqualTo(second);
        assertThatThrownBy(() -> snapshots.find("2025"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Several snapshots start with 2025");
        assertThatThrownBy(() -> Snapshots.of(folder()).find("1999"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("There is no snapshot 1999");
    }

    @Test
    void automaticSnapshotsKeepTheLastTenThenOnePerDay() throws Exception {
        Path snaps = Files.createDirectories(ProjectFolder.snapshots(folder()));
        DateTimeFormatter id = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        LocalDateTime now = LocalDateTime.of(2025, 3, 10, 18, 0);
        // today: 12 snapshots ten minutes apart; the three days before: 3 each; one manual, long ago
        for (int i = 0; i < 12; i++) {
            Files.writeString(snaps.resolve(id.format(now.minusMinutes(10L * i)) + "_auto.zip"), "x");
        }
        for (int day = 1; day <= 3; day++) {
            for (int h = 0; h < 3; h++) {
                Files.writeString(snaps.resolve(id.format(now.minusDays(day).minusHours(h)) + "_auto.zip"), "x");
            }
        }
        Files.writeString(snaps.resolve("20240101-090000_manual.zip"), "x");
        Snapshots snapshots = new Snapshots(folder(), Clock.system(ZoneId.of("Europe/Paris")));
        snapshots.prune();
        List<String> left = snapshots.list().stream().map(s -> s.id() + "_" + s.kind().tag()).toList();
        assertThat(left).hasSize(10 + 3 + 1)
                .contains("20250310-180000_auto", "20250310-163000_auto", "20250309-180000_auto",
                        "20250308-180000_auto", "20250307-180000_auto", "20240101-090000_manual")
                .doesNotContain("20250310-162000_auto", "20250309-170000_auto");
    }

    @Test
    void theScheduleTakesOneAfterOpenThenOnlyWhenTheProjectChanged() {
        try (OpenProject p = TestProjects.create(folder())) {
            AutoSnapshots auto = new AutoSnapshots(p, e -> { });
            assertThat(auto.runOnce()).as("after open").isPresent();
            assertThat(auto.runOnce()).as("nothing changed").isEmpty();
            p.execute(new CreateCode(null, "Communs", null));
            assertThat(auto.runOnce()).as("after a change").isPresent();
            assertThat(Snapshots.of(folder()).list()).hasSize(2).allMatch(s -> s.kind() == Snapshot.Kind.AUTO);
        }
    }

    @Test
    void theBackgroundScheduleTakesTheFirstSnapshotAndStopsBeforeTheProjectCloses() throws Exception {
        try (OpenProject p = TestProjects.create(folder())) {
            try (AutoSnapshots auto = AutoSnapshots.start(p, e -> { })) {
                for (int i = 0; i < 600 && Snapshots.of(folder()).list().isEmpty(); i++) {
                    Thread.sleep(50);
                }
            }
            assertThat(Snapshots.of(folder()).list()).hasSize(1);
        }
    }

    @Test
    void aReadOnlyCopyOfASnapshotShowsItsDataAndRefusesChanges() {
        String id;
        try (OpenProject p = TestProjects.create(folder())) {
            p.execute(new CreateCode(null, "Communs", null));
            id = p.snapshot(false).orElseThrow();
        }
        Path copyFolder;
        try (OpenProject copy = new OpenProject(Snapshots.of(folder()).openReadOnlyCopy(id, null))) {
            copyFolder = copy.location();
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(codeNames(copy)).containsExactly("Communs");
            assertThatThrownBy(() -> copy.execute(new CreateCode(null, "Autre", null)))
                    .isInstanceOf(ProjectProblemException.class).hasMessageContaining("read-only copy");
            assertThat(copy.snapshot(true)).isEmpty();
        }
        assertThat(copyFolder).doesNotExist();
    }
}
