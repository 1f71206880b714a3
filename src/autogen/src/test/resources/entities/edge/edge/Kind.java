package edge;

public enum Kind { PLAIN, FANCY }
