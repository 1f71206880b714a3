package dev.retort.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DriftReportFormatTest {

    private static final DriftReport DRIFT = new DriftReport(DriftReport.Status.DRIFT, List.of("ae10"),
            List.of("ae10"),
            List.of(new DriftItem("users", "add_column", "add column users.phone_verified boolean", List.of()),
                    new DriftItem("users", "drop_column", "drop column users.fax",
                            List.of("data loss: drops column users.fax and its data")),
                    new DriftItem(null, "create_enum_type", "create enum type mood [\"a\"]", List.of())),
            List.of());

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(DRIFT));
        assertEquals(1, json.get("version").asInt());
        assertEquals("drift", json.get("status").asText());
        assertEquals(1, json.get("exitCode").asInt());
        assertEquals("ae10", json.get("databaseHeads").get(0).asText());
        assertEquals(3, json.get("operations").size());
        JsonNode drop = json.get("operations").get(1);
        assertEquals("users", drop.get("table").asText());
        assertEquals("drop_column", drop.get("kind").asText());
        assertEquals("data loss: drops column users.fax and its data", drop.get("warnings").get(0).asText());
        assertTrue(json.get("operations").get(2).get("table").isNull());
        assertEquals("create enum type mood [\"a\"]", json.get("operations").get(2).get("summary").asText());
    }

    @Test
    void jsonOfAnInSyncReportHasNoOperations() throws Exception {
        DriftReport ok = new DriftReport(DriftReport.Status.IN_SYNC, List.of("ae10"), List.of("ae10"), List.of(),
                List.of());
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(ok));
        assertEquals("in_sync", json.get("status").asText());
        assertEquals(0, json.get("operations").size());
    }

    @Test
    void textGroupsByTableAndShowsWarnings() {
        String text = ReportFormat.TEXT.render(DRIFT);
        assertTrue(text.contains("3 operations"), text);
        assertTrue(text.contains("table users\n  - add column users.phone_verified boolean\n  - drop column users.fax\n"
                + "      ! data loss"), text);
        assertTrue(text.contains("schema\n  - create enum type mood"), text);
    }

    @Test
    void markdownHasAHeadingPerTable() {
        String md = ReportFormat.MARKDOWN.render(DRIFT);
        assertTrue(md.contains("### Table `users`"), md);
        assertTrue(md.contains(":warning: data loss"), md);
        assertTrue(md.contains("### Schema"), md);
    }

    @Test
    void problemsAreListedWhenTheCheckCannotCompare() {
        DriftReport heads = new DriftReport(DriftReport.Status.MULTIPLE_HEADS, List.of(), List.of("a1", "b2"),
                List.of(), List.of("the migrations have 2 heads (a1, b2); merge them: retort merge -m \"merge\" heads"));
        String text = ReportFormat.TEXT.render(heads);
        assertTrue(text.startsWith("Check failed (multiple heads):"), text);
        assertTrue(text.contains("retort merge"), text);
        assertEquals(13, heads.status().exitCode());
    }

    @Test
    void unknownFormatNamesTheChoices() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parse("yaml"));
        assertTrue(e.getMessage().contains("'yaml'") && e.getMessage().contains("markdown"), e.getMessage());
    }
}
