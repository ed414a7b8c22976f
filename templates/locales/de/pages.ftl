# de: pages words (Project Fluent).
