package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.ops.AlterColumnIdentity;
import dev.retort.ops.CreateSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated code names only {@code dev.retort.api}, with named steps, and leaves out a step whose value is
 * PostgreSQL's default.
 */
class ApiCodeTest {
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+?)(?:\\.\\*)?;$");

    private final Imports imports = new Imports();
    private final ElementCode code = new ElementCode(imports);

    /** The code on one line (JavaPoet wraps long chains). */
    private static String text(CodeBlock block) {
        return JavaText.code(block).strip().replaceAll("\\n\\s*", "");
    }

    @Test
    void sequencesAreWrittenWithNamedStepsLeavingOutDefaults() {
        assertEquals("sequence(\"line_no_seq\")", text(code.sequence(new Sequence("line_no_seq", 1, 1))));
        // Hibernate's default allocationSize
        assertEquals("sequence(\"category_seq\").incrementBy(50)", text(code.sequence(new Sequence("category_seq", 1, 50))));
        assertEquals("sequence(\"product_seq\").startWith(1000).incrementBy(20)",
                text(code.sequence(new Sequence("product_seq", 1000, 20))));
        assertEquals("sequence(\"big\").startWith(3000000000L)", text(code.sequence(new Sequence("big", 3000000000L, 1))));
        // descending: PostgreSQL starts at -1 by default, so start 1 must be stated
        assertEquals("sequence(\"down\").incrementBy(-1)", text(code.sequence(new Sequence("down", -1, -1))));
        assertEquals("sequence(\"down\").startWith(1).incrementBy(-1)", text(code.sequence(new Sequence("down", 1, -1))));
    }

    @Test
    void identitiesAreWrittenWithFactoriesNeverWithAConstructor() {
        assertEquals("null", text(code.identity(null)));
        assertEquals("identity()", text(code.identity(Identity.byDefault())));
        assertEquals("identity()", text(code.identity(new Identity(false, 1L, 1L))));
        assertEquals("identityAlways().startWith(1000)", text(code.identity(new Identity(true, 1000L, null))));
        assertEquals("identity().incrementBy(5)", text(code.identity(new Identity(false, 1L, 5L))));
        assertEquals("identityAlways().startWith(10).incrementBy(-1)",
                text(code.identity(new Identity(true, 10L, -1L))));
    }

    @Test
    void identityColumnsStateOnlyWhatIsNotTheDefault() {
        Column id = Column.of("id", SqlType.of("bigint")).withNullable(false);
        assertEquals("column(\"id\", BIGINT).identity()", text(code.column("t", id.withIdentity(new Identity(false, 1L, 1L)))));
        assertEquals("column(\"id\", BIGINT).identityAlways()",
                text(code.column("t", id.withIdentity(new Identity(true, 1L, 1L)))));
        assertEquals("column(\"id\", BIGINT).identity(1000, 10)",
                text(code.column("t", id.withIdentity(new Identity(false, 1000L, 10L)))));
        assertEquals("column(\"id\", BIGINT).identity(identityAlways().startWith(1000))",
                text(code.column("t", id.withIdentity(new Identity(true, 1000L, null)))));
        assertEquals("column(\"id\", INTEGER).notNull().defaultValue(\"nextval('t_id_seq'::regclass)\")"
                        + ".ownsSequence(sequence(\"t_id_seq\"))",
                text(code.column("t", Column.of("id", SqlType.of("integer")).withNullable(false)
                        .withDefault("nextval('t_id_seq'::regclass)").withOwnedSequence(new Sequence("t_id_seq", 1, 1)))));
    }

    @Test
    void aTypeNoFactoryBuildsIsTheApisOwn() {
        assertEquals("new SqlType(\"bit varying\", 8, 2, null, 0)",
                text(code.type(new SqlType("bit varying", 8, 2, null, 0))));
        assertEquals(List.of("dev.retort.api.SqlType", "dev.retort.api.Schema"), imported(imports.render()));
    }

    static List<RenderCases.RenderCase> cases() {
        return RenderCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedMigrationsImportOnlyTheApi(RenderCases.RenderCase c) {
        String source = new MigrationWriter().render(c.header(), c.upgrade());
        for (String imported : imported(source)) {
            assertTrue(imported.startsWith("dev.retort.api."), imported + " imported by " + c);
        }
        assertFalse(source.contains("dev.retort.model") || source.contains("new Identity"), source);
    }

    @Test
    void aWriterInAPackageDeclaresIt() {
        MigrationHeader header = MigrationHeader.of("ae1", List.of(), "seq", Instant.parse("2026-11-21T08:00:00Z"));
        List<dev.retort.ops.MigrationOp> ops = List.of(new CreateSequence(new Sequence("s", 1, 50)),
                new AlterColumnIdentity("t", "id", null, Identity.generatedAlways()));
        String source = new MigrationWriter().inPackage("db.migrations").render(header, ops);
        assertTrue(source.startsWith("package db.migrations;\n\nimport dev.retort.api.Migration;\n"), source);
        assertFalse(new MigrationWriter().render(header, ops).contains("package"), "the default package, as before");
        Template noPackage = Template.parse("team.tmpl", "${imports}\n${annotation}\nclass ${className} {${upgrade}"
                + "${downgrade}${parts}}\n");
        TemplateException e = assertThrows(TemplateException.class,
                () -> new MigrationWriter(noPackage).inPackage("db.migrations").render(header, ops));
        assertTrue(e.getMessage().contains("team.tmpl") && e.getMessage().contains("${package}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MigrationWriter().inPackage("db.class"));
    }

    private static List<String> imported(String source) {
        Matcher m = IMPORT.matcher(source);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
