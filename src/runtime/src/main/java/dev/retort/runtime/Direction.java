package dev.retort.runtime;

/** Which way a migration runs. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    public String word() {
        return this == UPGRADE ? "upgrade" : "downgrade";
    }
}
