# The worker image for the portable runners (configs/flink.yaml, configs/spark.yaml; usable on
# Dataflow too as beam.sdk_container_image): Beam's own SDK image for the same Beam and Python as
# the launcher (apache-beam 2.77, Python 3.11; tests/e2e/test_runners.py keeps them in step),
# with this package installed. Its entrypoint stays Beam's worker boot program.
#   docker build -t registry.example.internal/events-pipeline-worker:0.1.0 .
FROM apache/beam_python3.11_sdk:2.77.0

# Only what the package is built from. The image already holds apache-beam[gcp] 2.77, which
# satisfies the package's `apache-beam==2.77.*`; pip adds the rest (pydantic, fastavro, ...).
COPY pyproject.toml setup.py MANIFEST.in README.md /tmp/events-pipeline/
COPY pipeline /tmp/events-pipeline/pipeline
COPY schemas /tmp/events-pipeline/schemas
# The last line checks the install and, loading the extractor and the language identifier, caches
# the GeoNames index and py3langid's unpacked model in the image (EVENTS_PIPELINE_CACHE), so that no
# worker builds them.
ENV EVENTS_PIPELINE_CACHE=/opt/events-pipeline/cache
RUN pip install --no-cache-dir '/tmp/events-pipeline[codecs]' \
 && rm -rf /tmp/events-pipeline \
 && cd / \
 && python -c "import apache_beam, pipeline.tables as tables, pipeline.languages as languages; from pipeline.extract.extractor import EventExtractor; assert apache_beam.__version__.startswith('2.77.'); tables.load_schemas(); EventExtractor.load(); languages.identifier()"
