"""Design and ML-fundamentals cards: checking an answer and rating it for FSRS."""
