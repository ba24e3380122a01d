"""The `pivotprep` command: thin Typer modules, one per feature, loaded lazily."""
