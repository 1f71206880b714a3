package types;

public enum Mood { HAPPY, GRUMPY, CALM }
