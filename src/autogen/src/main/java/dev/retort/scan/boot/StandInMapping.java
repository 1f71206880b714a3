package dev.retort.scan.boot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The {@code orm.xml} of some {@link StandIn}s: each a {@code metadata-complete} entity with its table and its
 * identifier, every other field of the class transient (metadata-complete ignores the annotations, and a field not
 * mentioned would be mapped as a basic attribute).
 */
final class StandInMapping {
    private StandInMapping() {
    }

    static byte[] xml(Collection<StandIn> standIns, ClassLoader loader) throws ClassNotFoundException {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<entity-mappings xmlns=\"https://jakarta.ee/xml/ns/persistence/orm\" version=\"3.2\">\n");
        for (StandIn s : standIns) {
            out.append("  <entity class=\"").append(escape(s.className())).append("\" name=\"")
                    .append(escape(s.entityName())).append("\" metadata-complete=\"true\" access=\"FIELD\">\n");
            out.append("    <table name=\"").append(escape(s.table())).append('"');
            if (!s.schema().isEmpty()) {
                out.append(" schema=\"").append(escape(s.schema())).append('"');
            }
            out.append("/>\n    <attributes>\n      <id name=\"").append(escape(s.idAttribute()))
                    .append("\"><column name=\"").append(escape(s.idColumn())).append("\"/></id>\n");
            for (Field f : Class.forName(s.className(), false, loader).getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.getName().equals(s.idAttribute())) {
                    out.append("      <transient name=\"").append(escape(f.getName())).append("\"/>\n");
                }
            }
            out.append("    </attributes>\n  </entity>\n");
        }
        return out.append("</entity-mappings>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
