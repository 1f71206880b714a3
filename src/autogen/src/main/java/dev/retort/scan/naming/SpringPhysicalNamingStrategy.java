package dev.retort.scan.naming;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import java.util.Locale;

/**
 * Spring Boot's default physical naming strategy ({@code CamelCaseToUnderscoresNamingStrategy}, formerly
 * {@code SpringPhysicalNamingStrategy}), for projects whose entities run under Spring Boot without Retort
 * depending on it: dots become underscores, an underscore goes between a lower-case letter or digit and an
 * upper-case letter followed by a lower-case letter or digit ({@code orderLine} → {@code order_line},
 * {@code HTTPServer} stays {@code httpserver}), and every name is lower-cased. Like Spring's, it also rewrites
 * quoted names, keeping them quoted.
 */
public class SpringPhysicalNamingStrategy implements PhysicalNamingStrategy {

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment jdbcEnvironment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment jdbcEnvironment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment jdbcEnvironment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment jdbcEnvironment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment jdbcEnvironment) {
        return apply(name);
    }

    private static Identifier apply(Identifier name) {
        if (name == null) {
            return null;
        }
        return new Identifier(snakeCase(name.getText()), name.isQuoted());
    }

    /** The Spring spelling of one name, e.g. {@code lineItem2Price} → {@code line_item2_price}. */
    public static String snakeCase(String text) {
        StringBuilder builder = new StringBuilder(text.replace('.', '_'));
        for (int i = 1; i < builder.length() - 1; i++) {
            if (underscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
                builder.insert(i++, '_');
            }
        }
        return builder.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean underscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
