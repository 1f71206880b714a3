package dev.retort.scan.read;

import dev.retort.model.Sequence;
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
            out.add(new Sequence(context.qualify(namespace, name), sequence.getInitialValue(),
                    sequence.getIncrementSize()));
        }
        return out;
    }
}
