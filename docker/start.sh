#!/bin/sh
# Starts the portal with JDK 25's ahead-of-time cache (JEP 483, 514): the classes it loads, already parsed and linked.
# The cache is made once per build of the image, by a training run at the first start of a container: the context is
# built against the configured database, and the JVM exits and writes the cache (about 25 s on two cores). Later
# starts map it: the login page answers after 5.7 s instead of 7.2 s with the class-data archive (docs/benchmarks.md).
#   RENKEI_APP       the extracted jar (default /app/renkei.jar)
#   RENKEI_AOT_DIR   where the cache is kept, a directory the portal may write (default /var/cache/renkei)
set -u
APP=${RENKEI_APP:-/app/renkei.jar}
DIR=${RENKEI_AOT_DIR:-/var/cache/renkei}
# a cache made from other jars or another JVM is ignored by the JVM, so each build names its own
BUILD=$(cat "$(dirname "$APP")/build-id" 2>/dev/null || echo local)
CACHE="$DIR/renkei-$BUILD.aot"
if [ ! -f "$CACHE" ]; then
  rm -f "$DIR"/renkei-*.aot
  echo "renkei: no AOT cache for this build; a training run writes $CACHE" >&2
  if ! java -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh -jar "$APP" "$@" || [ ! -f "$CACHE" ]; then
    # the start below fails as loudly as the training did if the configuration is wrong; otherwise it runs uncached
    echo "renkei: the training run wrote no AOT cache; starting without one" >&2
    rm -f "$CACHE"
    exec java -jar "$APP" "$@"
  fi
fi
exec java -XX:AOTCache="$CACHE" -jar "$APP" "$@"
