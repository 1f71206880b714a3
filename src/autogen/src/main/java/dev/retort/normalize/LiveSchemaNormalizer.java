package dev.retort.normalize;

import dev.retort.model.SchemaModel;

/**
 * Rules for the live side that the scratch round trip cannot supply: expressions are put in
 * {@link PgExpressions#canonical fixpoint form}, as the desired side's are.
 *
 * <p>Nothing else is normalised away: the live database is the truth about the present. A {@code serial}
 * column stays a column with its {@code nextval(...)} default and the sequence it owns
 * ({@link dev.retort.model.Column#ownedSequence()}); the diff knows which entity mappings such a column already
 * satisfies ({@code dev.retort.diff.SerialColumns}).
 */
public final class LiveSchemaNormalizer {

    public SchemaModel normalize(SchemaModel live) {
        return ModelExpressions.map(live, PgExpressions::canonical);
    }
}
