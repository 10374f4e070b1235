# LangBot Streamlit app. Build from the repository root:
#   docker build -t langbot .
#   docker run --rm -p 8501:8501 langbot
# Only the runtime (requirements.txt) is installed: no tests, lint or notebook tools.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false

WORKDIR /app

# The pinned runtime first, so code changes do not invalidate this (slow) layer.
COPY requirements.txt ./
RUN pip install -r requirements.txt

# Then the package, installed in place (editable) for the `langbot` command: its lessons and
# prompts are found beside it in /app.
COPY pyproject.toml README.md ./
COPY langbot/ langbot/
RUN pip install --no-deps -e .

COPY streamlit_app.py ./
COPY .streamlit/config.toml .streamlit/config.toml
COPY lessons/ lessons/
COPY prompts/ prompts/

# Run as an unprivileged user; progress (SQLite) goes to /app/.langbot, which it owns.
RUN useradd --create-home --uid 10001 langbot && mkdir -p /app/.langbot \
    && chown -R langbot:langbot /app/.langbot
USER langbot

EXPOSE 8501

# python:3.11-slim has no curl; probe Streamlit's health endpoint with Python.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"]

CMD ["streamlit", "run", "streamlit_app.py", "--server.port", "8501", "--server.address", "0.0.0.0", "--server.headless", "true"]
