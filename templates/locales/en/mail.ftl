# en: mail words (Project Fluent).
