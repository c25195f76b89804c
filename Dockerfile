# Timeline service image. Build: docker build -t timeline-service .
# Run:   docker run -p 8000:8000 timeline-service
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Install the package (not an editable checkout): the sources are built into site-packages
# and removed, so the image holds only what runs.
COPY pyproject.toml README.md /tmp/src/
COPY service /tmp/src/service
RUN pip install /tmp/src && rm -rf /tmp/src

RUN useradd --system --uid 10001 --home-dir /app --create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY gunicorn.conf.py /app/gunicorn.conf.py
USER app

ENV TIMELINE_BIND=0.0.0.0:8000
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

CMD ["gunicorn", "-c", "gunicorn.conf.py", "service:create_app()"]
