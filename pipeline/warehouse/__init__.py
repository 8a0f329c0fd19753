"""After the run: reading the published tables back, and loading them into a warehouse."""
