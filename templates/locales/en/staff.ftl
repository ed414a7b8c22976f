# en: staff words (Project Fluent).
