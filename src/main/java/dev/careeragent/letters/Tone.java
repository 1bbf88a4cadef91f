package dev.careeragent.letters;

/** How a letter sounds. */
public enum Tone { FORMAL, WARM, DIRECT }
