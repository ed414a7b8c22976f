# nl: staff words (Project Fluent).
