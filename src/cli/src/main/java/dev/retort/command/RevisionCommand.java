package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.ops.MigrationOp;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationNames;
import dev.retort.render.MigrationWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code retort revision -m MSG}: writes a new migration class on top of the current head. */
public final class RevisionCommand {
    private final Workspace ws;
    private final UpgradeOpsSource ops;
    private final Clock clock;

    public RevisionCommand(Workspace ws) {
        this(ws, UpgradeOpsSource.EMPTY, Clock.systemUTC());
    }

    /** @param ops the new migration's upgrade operations ({@link UpgradeOpsSource#EMPTY} for a blank one) */
    public RevisionCommand(Workspace ws, UpgradeOpsSource ops, Clock clock) {
        this.ws = ws;
        this.ops = ops;
        this.clock = clock;
    }

    /** @return the new migration's file, or null when autogenerate detected no changes (no file is written) */
    public Path run(RevisionOptions o) {
        RevisionGraph g = ws.project().graph();
        Optional<RevisionInfo> parent = g.checkNewRevisionParent(o.head(), o.splice());
        List<String> parents = parent.map(p -> List.of(p.id())).orElse(List.of());
        List<MigrationOp> upgrade = ops.upgradeOps(ws);
        if (ops.autogenerate() && upgrade.isEmpty()) {
            ws.out().println("No changes detected");
            return null;
        }
        Optional<EnumValueCommit.Split> split = ops.autogenerate() ? EnumValueCommit.of(upgrade, ws.dialect())
                : Optional.empty();
        if (split.isPresent()) {
            // the new values first, in a revision (and a transaction) of their own; the labels and dependencies
            // belong to the first revision of the two, the chosen id to the one with the message
            ws.out().println("the migration uses enum values it adds, which PostgreSQL allows only once they are"
                    + " committed: they get a revision of their own first");
            String first = write(g, new RevisionOptions(split.get().message(), o.head(), o.splice(), o.branchLabels(),
                    o.dependsOn(), null), parents, split.get().values()).id();
            return write(ws.project().graph(), new RevisionOptions(o.message(), first, false, List.of(), List.of(),
                    o.revId()), List.of(first), split.get().rest()).file();
        }
        return write(g, o, parents, upgrade).file();
    }

    /** {@code retort merge -m MSG REVS...}: a revision whose parents are the given ones (e.g. {@code heads}). */
    public Path merge(String message, List<String> revisions, String revId) {
        RevisionGraph g = ws.project().graph();
        List<String> parents = new ArrayList<>();
        for (String spec : revisions) {
            for (RevisionInfo r : g.resolveAll(spec)) {
                if (!parents.contains(r.id())) {
                    parents.add(r.id());
                }
            }
        }
        if (parents.size() < 2) {
            throw new RetortException(ErrorKind.TARGET, "merge needs two or more revisions to join; "
                    + String.join(" ", revisions) + " names " + (parents.isEmpty() ? "none" : parents.get(0))
                    + " (see 'retort heads')");
        }
        return write(g, new RevisionOptions(message, null, false, List.of(), List.of(), revId), parents, List.of()).file();
    }

    private record Written(String id, Path file) {
    }

    private Written write(RevisionGraph g, RevisionOptions o, List<String> parents, List<MigrationOp> upgrade) {
        String id = o.revId() == null ? g.newRevisionId() : g.checkNewRevisionId(o.revId());
        List<String> dependsOn = new ArrayList<>();
        for (String spec : o.dependsOn()) {
            dependsOn.add(g.resolve(spec).orElseThrow(() -> new RetortException(ErrorKind.TARGET,
                    "--depends-on " + spec + " means base; name a revision")).id());
        }
        Instant created = clock.instant();
        Path dir = ws.settings().migrationsDir();
        String className = MigrationNames.className(created, o.message());
        while (Files.exists(dir.resolve(MigrationNames.fileName(className)))) {
            created = created.plusSeconds(1);
            className = MigrationNames.className(created, o.message());
        }
        MigrationHeader header = new MigrationHeader(id, parents, o.message(), created, o.branchLabels(), dependsOn, className);
        // the graph with the new revision in it must still be valid (branch labels, ids...): refuse before writing
        List<RevisionInfo> withNew = new ArrayList<>(g.revisions());
        withNew.add(new RevisionInfo(id, parents, new java.util.LinkedHashSet<>(o.branchLabels()), dependsOn, o.message(),
                MigrationNames.fileName(className)));
        RevisionGraph.of(withNew);
        Path file;
        try {
            Files.createDirectories(dir);
            file = writer().writeTo(dir, header, upgrade);
        } catch (IOException | UncheckedIOException e) {
            throw new RetortException(ErrorKind.IO, e.getMessage(), e);
        }
        ws.reload();
        ws.out().println("created " + ws.settings().workDir().toAbsolutePath().relativize(file.toAbsolutePath())
                + " (revision " + id + (parents.isEmpty() ? ", a new base" : ", parent " + String.join(", ", parents)) + ")");
        return new Written(id, file);
    }

    private MigrationWriter writer() {
        Path dir = ws.settings().templatesDir();
        MigrationWriter writer = dir != null && Files.exists(dir.resolve("migration.java.tmpl"))
                ? MigrationWriter.withTemplate(dir.resolve("migration.java.tmpl")) : new MigrationWriter();
        return writer.inPackage(ws.settings().migrationsPackage());
    }
}
