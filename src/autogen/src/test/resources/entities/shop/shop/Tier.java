package shop;

public enum Tier { BRONZE, SILVER, GOLD }
