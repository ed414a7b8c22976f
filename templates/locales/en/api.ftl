# en: api words (Project Fluent).
