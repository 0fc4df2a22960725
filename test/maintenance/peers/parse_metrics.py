"""Reads Prometheus text on stdin with the reference parser (python3-prometheus-client) and
prints every sample as JSON: a scrape that does not parse is an exception, exit 1. NaN (valid in
the text format: prom-client's event-loop lag before its histogram has a sample, as a loaded CI
machine can see at the first scrape) is printed as the string "NaN", which JSON.parse reads."""
import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families

samples = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for sample in family.samples:
        samples.append({"family": family.name, "type": family.type, "name": sample.name, "labels": sample.labels, "value": "NaN" if math.isnan(sample.value) else sample.value})
print(json.dumps(samples))
