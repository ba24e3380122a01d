"""Export all of the user's data to one file, and restore it exactly."""
