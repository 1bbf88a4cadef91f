package dev.careeragent.profile;

/** How the user wants to work; used as a filter or a penalty by matching. */
public enum RemotePreference { ANY, REMOTE, HYBRID, ON_SITE }
