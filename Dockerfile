# The image of compose.yaml's web and worker services (see docs/deploy.md).
FROM python:3.11-slim-bookworm

# PostgreSQL's client programs (15, as the compose file's database) for
# `pivotprep server backup` and `restore`.
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 pivotprep \
 && mkdir -p /data /opt/pivotprep \
 && chown pivotprep /data /opt/pivotprep

WORKDIR /app
COPY pyproject.toml constraints.txt README.md LICENSE NOTICE ./
COPY src ./src
RUN pip install --no-cache-dir -c constraints.txt .

ENV PIVOTPREP_HOME=/data \
    PIVOTPREP_WASM_CACHE=/opt/pivotprep/wasm
USER pivotprep
# The judge's WebAssembly build, compiled once here (minutes) rather than on first start.
RUN pivotprep judge prepare

EXPOSE 8765
CMD ["pivotprep", "serve", "--server", "--host", "0.0.0.0", "--port", "8765"]
