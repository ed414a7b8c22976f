# de: api words (Project Fluent).
