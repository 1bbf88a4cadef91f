package dev.careeragent.notify.model;

/** Where a high-match alert goes; each posting is alerted at most once per channel. */
public enum AlertChannel { TRAY, EMAIL }
