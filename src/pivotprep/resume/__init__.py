"""Resume reading and the ATS scan: documents in, evidence-backed match out."""
