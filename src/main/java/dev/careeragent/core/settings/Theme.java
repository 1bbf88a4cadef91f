package dev.careeragent.core.settings;

/** The colour theme the user chose; {@link #SYSTEM} follows the OS. */
public enum Theme { LIGHT, DARK, SYSTEM }
