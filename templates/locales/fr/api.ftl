# fr: api words (Project Fluent).
