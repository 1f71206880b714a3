package types;

public enum Size { SMALL, MEDIUM, LARGE }
