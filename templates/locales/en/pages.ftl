# en: pages words (Project Fluent).
