"""Server mode: accounts, sessions, invitations and a PostgreSQL schema per learner."""
