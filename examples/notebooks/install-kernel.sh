#!/usr/bin/env bash
# Installs what the example notebooks need: Jupyter's headless runner (Debian packages) and a Java kernel
# built with Maven on the JJava kernel library (org.dflib.jjava:jjava-jupyter from Maven Central), as the
# Jupyter kernel "junheng-java" of the current user. Idempotent; run as root or with apt-get allowed.
#   examples/notebooks/install-kernel.sh            install the Debian packages and the kernel
#   examples/notebooks/install-kernel.sh --no-apt   the kernel only (Jupyter already installed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [[ "${1:-}" != "--no-apt" ]]; then
  if ! command -v jupyter-nbconvert >/dev/null || ! command -v jupyter-kernelspec >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      jupyter-nbconvert jupyter-client python3-nbclient
  fi
fi
for tool in java mvn jupyter-nbconvert jupyter-kernelspec; do
  command -v "$tool" >/dev/null || { echo "install-kernel.sh: $tool not found" >&2; exit 1; }
done

# the kernel's own classes and the jars it runs on
mvn -B -ntp -q -f "$here/kernel/pom.xml" package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$here/kernel/target/lib"

spec="$(mktemp -d)"
trap 'rm -rf "$spec"' EXIT
mkdir -p "$spec/junheng-java/lib"
cp "$here"/kernel/target/lib/*.jar "$spec/junheng-java/lib/"
cp "$here"/kernel/target/junheng-notebook-kernel-*.jar "$spec/junheng-java/lib/"
# JUNHENG_CLASSPATH (set by run.sh) adds the library to the cells' class path
cat > "$spec/junheng-java/kernel.json" <<'JSON'
{
  "argv": ["java", "-Xss4m", "-cp", "{resource_dir}/lib/*", "org.junheng.notebook.JshellKernel", "{connection_file}"],
  "display_name": "Java (junheng)",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
jupyter-kernelspec install --user --replace --name junheng-java "$spec/junheng-java" >/dev/null
echo "installed the Jupyter kernel junheng-java: $(jupyter-kernelspec list | grep junheng-java)"
