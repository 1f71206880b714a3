package dev.retort.cli;

import java.io.Console;

/**
 * The interactive terminal the command line was started from, if any: questions are asked there, as Django's
 * {@code makemigrations} asks about renames. Without a terminal (a pipe, CI, a test), nothing is asked.
 */
interface Terminal {

    /** Shows {@code prompt} and reads one line; null at end of input. */
    String readLine(String prompt);

    /**
     * The process's console when both standard input and output are a terminal ({@link System#console()} on
     * Java 17), else null.
     */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return prompt -> console.readLine("%s", prompt);
    }

    /** Asks a yes/no question; only {@code y} or {@code yes} (any case) is yes, the default is no. */
    default boolean confirm(String question) {
        String answer = readLine(question + " [y/N] ");
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
