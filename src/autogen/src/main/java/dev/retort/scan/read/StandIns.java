package dev.retort.scan.read;

import dev.retort.scan.boot.StandIn;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entities of a boot that could stand in ({@link StandIn}) for themselves in a later boot that only points at
 * them: the only entity of its table's hierarchy (no superclass, mapped superclass or subclass, no secondary table),
 * field access, a single basic identifier column in a field of a JDK type (a primitive, {@code Long}, {@code UUID},
 * ...); and no other entity maps an attribute of it as the other side of
 * an association ({@code mappedBy}) or joins it by a column other than its key. The last two hold only for what
 * this boot saw; a stand-in that does not do is found by the boot that uses it.
 */
public final class StandIns {
    private StandIns() {
    }

    public static Map<String, StandIn> of(Metadata metadata) {
        Set<String> pointedInto = new HashSet<>();
        for (Collection c : metadata.getCollectionBindings()) {
            Value element = c.getElement();
            if (c.isInverse()) {
                if (element instanceof OneToMany o) {
                    pointedInto.add(o.getReferencedEntityName());
                } else if (element instanceof ToOne t) {
                    pointedInto.add(t.getReferencedEntityName());
                }
            }
            if (element instanceof ToOne t && t.getReferencedPropertyName() != null) {
                pointedInto.add(t.getReferencedEntityName());
            }
            if (c.getReferencedPropertyName() != null) {
                pointedInto.add(c.getOwnerEntityName());
            }
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            for (Property p : entity.getProperties()) {
                if (p.getValue() instanceof OneToOne o && o.getMappedByProperty() != null) {
                    pointedInto.add(o.getReferencedEntityName());
                }
                if (p.getValue() instanceof ToOne t && t.getReferencedPropertyName() != null) {
                    pointedInto.add(t.getReferencedEntityName());
                }
            }
        }
        Map<String, StandIn> out = new TreeMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!pointedInto.contains(entity.getEntityName())) {
                standIn(entity).ifPresent(s -> out.put(s.className(), s));
            }
        }
        return out;
    }

    private static java.util.Optional<StandIn> standIn(PersistentClass entity) {
        Property id = entity.getIdentifierProperty();
        Table table = entity.getTable();
        if (!(entity instanceof RootClass) || entity.hasSubclasses() || entity.getSuperMappedSuperclass() != null
                || !entity.getJoins().isEmpty() || entity.hasEmbeddedIdentifier() || entity.getIdentifierMapper() != null
                || id == null || !"field".equals(id.getPropertyAccessorName())
                || !(entity.getIdentifier() instanceof BasicValue key) || key.getColumnSpan() != 1
                || table == null || table.getCatalog() != null || entity.getClassName() == null
                || entity.getJpaEntityName() == null) {
            return java.util.Optional.empty();
        }
        Selectable only = key.getSelectables().get(0);
        if (!(only instanceof Column column)) {
            return java.util.Optional.empty();
        }
        String type = idType(entity, id.getName());
        if (type == null) {
            return java.util.Optional.empty();
        }
        String schema = table.getSchema() == null ? "" : quoted(table.getSchema(), table.isSchemaQuoted());
        return java.util.Optional.of(new StandIn(entity.getClassName(), entity.getJpaEntityName(), schema,
                quoted(table.getName(), table.isQuoted()), id.getName(), quoted(column.getName(), column.isQuoted()),
                type));
    }

    /** The type of the entity's field {@code name} when it is a primitive or a class of the JDK, else null. */
    private static String idType(PersistentClass entity, String name) {
        try {
            Class<?> type = entity.getMappedClass().getDeclaredField(name).getType();
            boolean jdk = type.isPrimitive() || (type.getClassLoader() == null && !type.isArray())
                    || type.getClassLoader() == ClassLoader.getPlatformClassLoader();
            return jdk ? type.getName() : null;
        } catch (NoSuchFieldException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String quoted(String name, boolean quoted) {
        return quoted ? "`" + name + "`" : name;
    }
}
