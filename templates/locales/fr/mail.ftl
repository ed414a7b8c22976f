# fr: mail words (Project Fluent).
