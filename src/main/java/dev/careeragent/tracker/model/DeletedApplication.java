package dev.careeragent.tracker.model;

import java.util.List;
import java.util.Map;

/**
 * An application deleted with everything it owned (history, attachments, interviews, offers), row by row as stored,
 * so an undo puts back exactly what was there, ids included.
 */
public record DeletedApplication(long id, Map<String, List<Map<String, Object>>> rowsByTable) {

    public DeletedApplication {
        rowsByTable = Map.copyOf(rowsByTable);
    }
}
