"""The web app: FastAPI + Jinja2, server-rendered, no CDN. One router module per feature."""
