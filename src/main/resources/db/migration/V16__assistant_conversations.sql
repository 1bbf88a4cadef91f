-- The Assistant page's conversations. memory_json is the model's memory (langchain4j messages as JSON, tool calls
-- included); assistant_message is what the page shows. A deleted conversation keeps its rows until the purge so
-- Undo can bring it back. assistant_action holds the data-changing tool calls the model proposed: nothing runs
-- until the user confirms one.
CREATE TABLE assistant_conversation (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    memory_json TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX assistant_conversation_updated ON assistant_conversation (deleted_at, updated_at);

CREATE TABLE assistant_message (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES assistant_conversation (id) ON DELETE CASCADE,
    role            TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
);
CREATE INDEX assistant_message_conversation ON assistant_message (conversation_id, id);

CREATE TABLE assistant_action (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES assistant_conversation (id) ON DELETE CASCADE,
    tool            TEXT    NOT NULL,
    arguments_json  TEXT    NOT NULL,
    summary         TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    result          TEXT,
    created_at      TEXT    NOT NULL,
    decided_at      TEXT
);
CREATE INDEX assistant_action_conversation ON assistant_action (conversation_id, id);
