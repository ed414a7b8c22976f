# fr: pages words (Project Fluent).
