# nl: mail words (Project Fluent).
