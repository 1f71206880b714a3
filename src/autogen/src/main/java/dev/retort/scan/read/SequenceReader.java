package dev.retort.scan.read;

import dev.retort.model.Sequence;
import dev.retort.scan.ScanException;
import org.hibernate.boot.model.relational.Namespace;

import java.util.ArrayList;
import java.util.List;

/** The sequences of a namespace ({@code create sequence n start with s increment by i}). */
final class SequenceReader {
    private SequenceReader() {
    }

    static List<Sequence> read(ReadContext context, Namespace namespace, NamespaceNames names) {
        List<Sequence> out = new ArrayList<>();
        for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
            String name = Identifiers.fold(sequence.getName().getSequenceName());
            names.takeRelation(name);
            if (sequence.getName().getCatalogName() != null) {
                throw new ScanException("sequence " + name + " names catalog " + sequence.getName().getCatalogName()
                        + " (@SequenceGenerator(catalog) or @TableGenerator): PostgreSQL has no catalogs beside the"
                        + " connected database, and Retort does not support them; remove catalog");
            }
            out.add(new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize(),
                    context.schemaOf(namespace)));
        }
        return out;
    }
}
