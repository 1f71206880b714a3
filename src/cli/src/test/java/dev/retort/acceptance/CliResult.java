package dev.retort.acceptance;

/** What one command printed and returned. */
record CliResult(int exitCode, String out, String err) {

    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
