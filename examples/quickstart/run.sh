#!/bin/sh
# Builds Migration Guard into the local Maven repository, then
#  1. runs the quick start project's build, whose verify phase lints its migrations. -Ddb.failOn=never prints the
#     findings without failing; leave it out to see the build fail on the error findings, as it would in CI;
#  2. round-trips its up/down pairs (up, down, up again, schema compared after each) on a throw-away PostgreSQL:
#     a container when a Docker engine answers, else an embedded server; no configuration needed.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B -q install -DskipTests
./mvnw -B -f examples/quickstart/pom.xml verify -Ddb.failOn=never "$@"
./mvnw -B -f examples/quickstart/pom.xml db:roundtrip "$@"
