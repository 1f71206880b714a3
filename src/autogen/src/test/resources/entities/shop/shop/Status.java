package shop;

public enum Status { ACTIVE, SUSPENDED, CLOSED }
