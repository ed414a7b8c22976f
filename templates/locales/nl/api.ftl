# nl: api words (Project Fluent).
