package dev.retort.render;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.InSchema;
import dev.retort.ops.MigrationOp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one migration class: Java source text, deterministic byte for byte, that compiles against
 * {@code dev.retort.api} and reads like hand-written code.
 *
 * <p>The class skeleton comes from a {@link Template} (by default the bundled
 * {@code templates/migration.java.tmpl}); JavaPoet writes the pieces it places:
 * <dl>
 * <dt>{@code ${package}}</dt><dd>{@code package x.y;} and a blank line when the writer is {@link #inPackage in a
 * package}, else empty (a line holding only the placeholder then disappears)</dd>
 * <dt>{@code ${imports}}</dt><dd>the import block, static imports of {@code Schema} and
 * {@code ReferentialAction} only when used</dd>
 * <dt>{@code ${annotation}}</dt><dd>the {@code @Revision(...)} annotation</dd>
 * <dt>{@code ${className}}</dt><dd>the class name</dd>
 * <dt>{@code ${message}}</dt><dd>the revision message made safe for a comment (the revision id when empty)</dd>
 * <dt>{@code ${revision}}, {@code ${parents}}, {@code ${created}}</dt><dd>the id, the parent ids separated by
 * {@code ", "}, the creation time in ISO-8601 UTC</dd>
 * <dt>{@code ${upgrade}}, {@code ${downgrade}}</dt><dd>the method bodies, one {@code op.…} statement per
 * operation, with {@code // WARNING ...} review comments above risky operations</dd>
 * <dt>{@code ${parts}}</dt><dd>empty, unless a body is too large for one Java method (64 KB of bytecode, reached
 * at some hundreds of tables): then the body calls {@code upgradePart1(op)}, ... and this places those
 * {@code private static} methods at class level</dd>
 * </dl>
 *
 * <p><b>Irreversible steps.</b> When an upgrade operation cannot be reversed (for example JDBC work, or a
 * drop whose definition is unknown) the downgrade gets, at that step's place, a comment block saying what
 * must be written by hand and a {@code throw new IllegalStateException(...)} naming the operation; the
 * downgrade steps after it stay in the file, commented out. The migration therefore compiles, upgrades,
 * and refuses to downgrade until someone writes the missing step.
 *
 * <p>The migration is marked {@code @Revision(transactional = false)} when it creates or drops an index
 * {@code CONCURRENTLY}.
 */
public final class MigrationWriter {

    private final Template template;
    /** The package of the classes written; "" for the default package. */
    private final String packageName;

    /** A writer using the bundled template. */
    public MigrationWriter() {
        this(Template.bundled());
    }

    public MigrationWriter(Template template) {
        this(template, "");
    }

    private MigrationWriter(Template template, String packageName) {
        this.template = template;
        this.packageName = packageName;
    }

    /**
     * The same writer, writing classes in {@code packageName} ({@code db.migrations}); "" for the default package.
     *
     * @throws IllegalArgumentException when it is not a Java package name
     */
    public MigrationWriter inPackage(String packageName) {
        if (packageName == null || !packageName.isEmpty() && !javax.lang.model.SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("not a Java package name: " + packageName);
        }
        return new MigrationWriter(template, packageName);
    }

    /** A writer using the template file a team keeps in its own template folder. */
    public static MigrationWriter withTemplate(Path templateFile) {
        return new MigrationWriter(Template.load(templateFile));
    }

    /** The source of the migration whose downgrade is the reverse of {@code upgrade} ({@link DowngradeStep#of}). */
    public String render(MigrationHeader header, List<MigrationOp> upgrade) {
        return render(header, upgrade, DowngradeStep.of(upgrade));
    }

    /** The source of the migration with an explicit downgrade; see {@link DowngradeStep#explicit}. */
    public String render(MigrationHeader header, List<MigrationOp> upgrade, List<DowngradeStep> downgrade) {
        Imports imports = new Imports();
        imports.use(Migration.class);
        imports.use(Operations.class);
        BodyWriter bodies = new BodyWriter(header.className(), imports);
        BodyWriter.Body upgradeBody = bodies.upgrade(upgrade);
        BodyWriter.Body downgradeBody = bodies.downgrade(downgrade);
        String parts = upgradeBody.parts() + downgradeBody.parts();
        if (!parts.isEmpty() && !template.placeholders().contains("parts")) {
            throw new TemplateException("this migration is too large for one Java method (" + upgrade.size()
                    + " operations), so Retort splits it into part methods, but the migration template "
                    + template.source() + " has no ${parts} placeholder for them; add a line ${parts} after the "
                    + "downgrade method, as in Retort's own templates/migration.java.tmpl");
        }
        if (!packageName.isEmpty() && !template.placeholders().contains("package")) {
            throw new TemplateException("the migration template " + template.source() + " has no ${package} "
                    + "placeholder for the package declaration of migrations.package (" + packageName + "); add a "
                    + "first line ${package}, as in Retort's own templates/migration.java.tmpl");
        }
        boolean transactional = !concurrent(upgrade, downgrade);
        boolean irreversible = downgrade.stream().anyMatch(d -> d instanceof DowngradeStep.ByHand);
        String annotation = RevisionAnnotation.text(RevisionAnnotation.spec(header, transactional, irreversible,
                imports));

        Map<String, String> values = new TreeMap<>();
        values.put("package", packageName.isEmpty() ? "" : "package " + packageName + ";\n\n");
        values.put("imports", imports.render());
        values.put("annotation", annotation);
        values.put("className", header.className());
        values.put("message", javadocText(header.message().isBlank()
                ? "Revision " + header.revisionId() + "." : header.message()));
        values.put("revision", header.revisionId());
        values.put("parents", String.join(", ", header.parents()));
        values.put("created", java.time.format.DateTimeFormatter.ISO_INSTANT.format(header.created()));
        values.put("upgrade", upgradeBody.statements());
        values.put("downgrade", downgradeBody.statements());
        values.put("parts", parts);
        return template.render(values);
    }

    /**
     * Writes the migration to {@code <directory>/<className>.java} and returns that path.
     *
     * @throws UncheckedIOException when the file exists already or cannot be written
     */
    public Path writeTo(Path directory, MigrationHeader header, List<MigrationOp> upgrade) {
        Path file = directory.resolve(MigrationNames.fileName(header.className()));
        try {
            Files.createDirectories(directory);
            Files.writeString(file, render(header, upgrade), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("migration file " + file + " exists already; choose another message "
                    + "or time", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write migration file " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean concurrent(List<MigrationOp> upgrade, List<DowngradeStep> downgrade) {
        List<MigrationOp> all = new ArrayList<>(upgrade);
        for (DowngradeStep s : downgrade) {
            if (s instanceof DowngradeStep.Reverse r) {
                all.add(r.op());
            }
        }
        return all.stream().map(InSchema::unwrap).anyMatch(op -> op instanceof CreateIndex c && c.concurrently()
                || op instanceof DropIndex d && d.concurrently());
    }

    /** Text for a Javadoc line: comment-safe, without {@code *}{@code /}. */
    private static String javadocText(String text) {
        return JavaText.commentText(text).replace("*/", "*&#47;");
    }
}
