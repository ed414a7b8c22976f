# nl: pages words (Project Fluent).
