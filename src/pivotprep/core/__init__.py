"""Settings, database, errors and clock: the ground every feature stands on. Imports no feature."""
