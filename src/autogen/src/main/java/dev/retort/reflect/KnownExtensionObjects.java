package dev.retort.reflect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which extension provides a type, function, operator class or index access method, for the common extensions
 * (the contrib modules, PostGIS, pgvector). PostgreSQL's catalogs only know the objects of installed extensions,
 * so naming the extension a database lacks needs this table. {@link PgExtensions#available} then says whether
 * the server could install it.
 */
public final class KnownExtensionObjects {
    private KnownExtensionObjects() {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("citext", "citext"),
            Map.entry("hstore", "hstore"),
            Map.entry("ltree", "ltree"), Map.entry("lquery", "ltree"), Map.entry("ltxtquery", "ltree"),
            Map.entry("geometry", "postgis"), Map.entry("geography", "postgis"), Map.entry("box2d", "postgis"),
            Map.entry("box3d", "postgis"), Map.entry("box2df", "postgis"), Map.entry("gidx", "postgis"),
            Map.entry("spheroid", "postgis"), Map.entry("geometry_dump", "postgis"),
            Map.entry("raster", "postgis_raster"),
            Map.entry("topogeometry", "postgis_topology"),
            Map.entry("vector", "vector"), Map.entry("halfvec", "vector"), Map.entry("sparsevec", "vector"),
            Map.entry("cube", "cube"),
            Map.entry("earth", "earthdistance"),
            Map.entry("seg", "seg"),
            Map.entry("isbn", "isn"), Map.entry("isbn13", "isn"), Map.entry("ismn", "isn"),
            Map.entry("ismn13", "isn"), Map.entry("issn", "isn"), Map.entry("issn13", "isn"),
            Map.entry("ean13", "isn"), Map.entry("upc", "isn"),
            Map.entry("lo", "lo"),
            Map.entry("query_int", "intarray"),
            Map.entry("gtrgm", "pg_trgm"));

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("uuid_generate_v1", "uuid-ossp"), Map.entry("uuid_generate_v1mc", "uuid-ossp"),
            Map.entry("uuid_generate_v3", "uuid-ossp"), Map.entry("uuid_generate_v4", "uuid-ossp"),
            Map.entry("uuid_generate_v5", "uuid-ossp"), Map.entry("uuid_nil", "uuid-ossp"),
            Map.entry("uuid_ns_dns", "uuid-ossp"), Map.entry("uuid_ns_url", "uuid-ossp"),
            Map.entry("uuid_ns_oid", "uuid-ossp"), Map.entry("uuid_ns_x500", "uuid-ossp"),
            // core since PostgreSQL 13; before that only pgcrypto has it
            Map.entry("gen_random_uuid", "pgcrypto"),
            Map.entry("gen_random_bytes", "pgcrypto"), Map.entry("crypt", "pgcrypto"),
            Map.entry("gen_salt", "pgcrypto"), Map.entry("digest", "pgcrypto"), Map.entry("hmac", "pgcrypto"),
            Map.entry("pgp_sym_encrypt", "pgcrypto"), Map.entry("pgp_sym_decrypt", "pgcrypto"),
            Map.entry("encrypt", "pgcrypto"), Map.entry("decrypt", "pgcrypto"),
            Map.entry("similarity", "pg_trgm"), Map.entry("word_similarity", "pg_trgm"),
            Map.entry("strict_word_similarity", "pg_trgm"), Map.entry("show_trgm", "pg_trgm"),
            Map.entry("unaccent", "unaccent"),
            Map.entry("ll_to_earth", "earthdistance"), Map.entry("earth_distance", "earthdistance"),
            Map.entry("earth_box", "earthdistance"),
            Map.entry("levenshtein", "fuzzystrmatch"), Map.entry("soundex", "fuzzystrmatch"),
            Map.entry("metaphone", "fuzzystrmatch"), Map.entry("dmetaphone", "fuzzystrmatch"),
            Map.entry("difference", "fuzzystrmatch"),
            Map.entry("hstore", "hstore"), Map.entry("akeys", "hstore"), Map.entry("avals", "hstore"),
            Map.entry("nlevel", "ltree"), Map.entry("subltree", "ltree"), Map.entry("subpath", "ltree"),
            Map.entry("text2ltree", "ltree"), Map.entry("ltree2text", "ltree"), Map.entry("lca", "ltree"),
            Map.entry("citext", "citext"),
            Map.entry("cube", "cube"));

    private static final Map<String, String> OPERATOR_CLASSES = Map.ofEntries(
            Map.entry("gin_trgm_ops", "pg_trgm"), Map.entry("gist_trgm_ops", "pg_trgm"),
            Map.entry("gin_hstore_ops", "hstore"), Map.entry("gist_hstore_ops", "hstore"),
            Map.entry("gist_ltree_ops", "ltree"), Map.entry("gist__ltree_ops", "ltree"),
            Map.entry("gist__int_ops", "intarray"), Map.entry("gist__intbig_ops", "intarray"),
            Map.entry("gin__int_ops", "intarray"),
            Map.entry("vector_l2_ops", "vector"), Map.entry("vector_ip_ops", "vector"),
            Map.entry("vector_cosine_ops", "vector"), Map.entry("vector_l1_ops", "vector"),
            Map.entry("gist_geometry_ops_2d", "postgis"), Map.entry("gist_geometry_ops_nd", "postgis"),
            Map.entry("gist_geography_ops", "postgis"));

    private static final Map<String, String> ACCESS_METHODS = Map.of(
            "hnsw", "vector", "ivfflat", "vector", "bloom", "bloom");

    /** The extension that provides the type, by its name without schema, modifiers or array brackets. */
    public static Optional<String> ofType(String name) {
        return lookup(TYPES, name);
    }

    /** The extension that provides the function. PostGIS's {@code st_*} functions count too. */
    public static Optional<String> ofFunction(String name) {
        Optional<String> known = lookup(FUNCTIONS, name);
        if (known.isPresent()) {
            return known;
        }
        return bare(name).startsWith("st_") ? Optional.of("postgis") : Optional.empty();
    }

    public static Optional<String> ofOperatorClass(String name) {
        Optional<String> known = lookup(OPERATOR_CLASSES, name);
        if (known.isPresent()) {
            return known;
        }
        // btree_gin and btree_gist add gin/gist classes for the scalar types: gist_int4_ops, gin_text_ops...
        String bare = bare(name);
        if (bare.matches("gist_[a-z0-9]+_ops")) {
            return Optional.of("btree_gist");
        }
        if (bare.matches("gin_[a-z0-9]+_ops")) {
            return Optional.of("btree_gin");
        }
        return Optional.empty();
    }

    public static Optional<String> ofAccessMethod(String name) {
        return lookup(ACCESS_METHODS, name);
    }

    private static Optional<String> lookup(Map<String, String> table, String name) {
        return Optional.ofNullable(table.get(bare(name)));
    }

    /** Lower case, without quotes and without a schema qualifier. */
    private static String bare(String name) {
        String n = name.replace("\"", "").toLowerCase(Locale.ROOT).trim();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }
}
