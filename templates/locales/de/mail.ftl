# de: mail words (Project Fluent).
