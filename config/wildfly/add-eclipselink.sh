#!/usr/bin/env bash
# Puts EclipseLink into WildFly's org.eclipse.persistence module, which ships with only WildFly's
# integration code (jipijapa-eclipselink), so that zorgzame.ear runs on the JPA provider it is made for.
# Run once per WildFly installation, with the server stopped:
#   add-eclipselink.sh WILDFLY_HOME eclipselink-4.0.7.jar org.eclipse.persistence.asm-9.8.0.jar
# (both from Maven Central: org.eclipse.persistence:eclipselink:4.0.7 and
#  org.eclipse.persistence:org.eclipse.persistence.asm:9.8.0). Running it again changes nothing.
set -euo pipefail

[ "$#" = 3 ] || { echo "usage: $0 WILDFLY_HOME eclipselink.jar org.eclipse.persistence.asm.jar" >&2; exit 2; }
module="$1/modules/system/layers/base/org/eclipse/persistence/main"
[ -f "$module/module.xml" ] || { echo "no EclipseLink module in $1 (expected $module/module.xml)" >&2; exit 1; }

for jar in "$2" "$3"; do
    [ -f "$jar" ] || { echo "no such file: $jar" >&2; exit 1; }
    cp "$jar" "$module/"
    name="$(basename "$jar")"
    if ! grep -q "path=\"$name\"" "$module/module.xml"; then
        sed -i "s#<resources>#<resources>\n        <resource-root path=\"$name\"/>#" "$module/module.xml"
    fi
done
# the JDK modules EclipseLink uses besides those WildFly's module already names
for jdk in java.sql java.desktop java.xml java.rmi jdk.unsupported; do
    if ! grep -q "<module name=\"$jdk\"" "$module/module.xml"; then
        sed -i "s#<dependencies>#<dependencies>\n        <module name=\"$jdk\"/>#" "$module/module.xml"
    fi
done
echo "EclipseLink added to $module"
