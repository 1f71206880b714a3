package dev.retort.reflect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** The pieces of one table as the readers collect them, query by query, before it becomes a {@link Table}. */
final class TableParts {
    final String name;
    String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableParts(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Table toTable() {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }
}
