# de: staff words (Project Fluent).
