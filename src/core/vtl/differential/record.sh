#!/bin/sh
# Records what Apache Velocity 1.7 (and the AWS working model built on it) prints for every case
# in cases.json, into velocity-1.7.expected.json. Needs Java 17 and Debian's packages:
#   apt-get install -y velocity libjson-smart-java libjsonpath-java
# The tests compare our engine with the recorded file and need no Java.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jars=/usr/share/java
cp="$jars/velocity.jar:$jars/commons-collections3.jar:$jars/commons-lang.jar:$jars/json-smart.jar:$jars/accessors-smart.jar:$jars/asm.jar:$jars/json-path.jar:$jars/slf4j-api.jar:$jars/slf4j-nop.jar"
for jar in velocity json-smart json-path commons-lang; do
  [ -e "$jars/$jar.jar" ] || { echo "missing $jars/$jar.jar: apt-get install -y velocity libjson-smart-java libjsonpath-java" >&2; exit 1; }
done
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
javac -nowarn -d "$build" -cp "$cp" "$here/VelocityReference.java"
java -cp "$cp:$build" VelocityReference "$here/cases.json" > "$here/velocity-1.7.expected.json"
echo "recorded $(grep -o '"id"' "$here/velocity-1.7.expected.json" | wc -l) cases into velocity-1.7.expected.json"
