# fr: staff words (Project Fluent).
