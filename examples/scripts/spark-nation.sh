#!/usr/bin/env bash
# Runs the Spark job in local mode with only Maven and Java: no Spark distribution needed.
#   examples/scripts/spark-nation.sh INPUT OUTPUT [POLICY]
# Environment: MASTER (default local[*]), HEAP (driver heap, default 4g).
# Builds the project (quick, tests skipped) and resolves Spark's jars from Maven Central on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
  echo "usage: $0 INPUT OUTPUT [POLICY]" >&2
  exit 2
fi
cp_file=examples/target/spark.classpath
mvn -B -ntp -q -Dquick -pl examples -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$cp_file"
# the module openings Spark's own launcher passes on Java 17
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
exec java "${opens[@]}" -Xmx"${HEAP:-4g}" -Dspark.master="${MASTER:-local[*]}" -Dspark.ui.enabled=false \
  -cp "examples/target/classes:$(cat "$cp_file")" org.junheng.examples.spark.NationJob "$@"
