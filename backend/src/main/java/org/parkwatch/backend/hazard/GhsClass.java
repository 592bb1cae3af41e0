package org.parkwatch.backend.hazard;

/** One GHS hazard class and category of a chemical, in Chinese and English. */
public record GhsClass(String zh, String en) {}
