"""Finding skills in text: the taxonomy and its matcher, token normalisation, one-of groups,
the matcher's disk cache and the optional semantic evidence."""
