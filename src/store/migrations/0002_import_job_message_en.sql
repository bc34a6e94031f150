-- The final message of an import in English too, beside the Indonesian `message`.
ALTER TABLE import_jobs ADD COLUMN message_en TEXT NOT NULL DEFAULT '';
