#!/usr/bin/env bash
# Writes a minimal JRE base image, as a `docker save` tarball, from this machine's own Java 17:
# the JRE without its development files, the shared libraries it loads, and a world-writable /tmp.
# The image tests build Gradus' images on it (`-Dquarkus.jib.base-jvm-image=tar://...`), because
# no registry, hence no eclipse-temurin, can be reached there; and it runs in a chroot, which is
# how those tests start the images without a container runtime.
# Usage: images/test-base-image.sh OUT.tar
set -euo pipefail
out="$(realpath -m "${1:?usage: $0 OUT.tar}")"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The shared libraries the launcher, the JVM and the non-graphical JDK libraries need.
libs=("$java_home"/bin/java "$java_home"/lib/server/libjvm.so)
for name in java net nio zip jimage verify extnet management management_ext jsvml syslookup prefs \
    jaas j2gss; do
  [ -e "$java_home/lib/lib$name.so" ] && libs+=("$java_home/lib/lib$name.so")
done
ldd "${libs[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' \
  | grep -v "^$java_home" | sort -u >"$work/libs"

mkdir -m 1777 "$work/tmp"
mkdir "$work/proc" "$work/dev" "$work/etc"
# Where a container runtime mounts the files it makes for each container.
touch "$work/etc/hosts" "$work/etc/hostname" "$work/etc/resolv.conf"
# Debian's JDK links its configuration and certificates to /etc: --dereference copies the files.
tar -C / -cf "$work/layer.tar" --dereference --owner=0 --group=0 --numeric-owner \
  --exclude="${java_home#/}/jmods" --exclude="${java_home#/}/include" --exclude="${java_home#/}/man" \
  --exclude="${java_home#/}/docs" --exclude="${java_home#/}/lib/src.zip" --exclude="${java_home#/}/demo" \
  "${java_home#/}" $(sed 's|^/||' "$work/libs")
tar -C "$work" -rf "$work/layer.tar" --owner=0 --group=0 --numeric-owner tmp proc dev etc

# The platform docker-load-to-tar reports to Jib, so that Jib takes this base for it.
arch="$(uname -m)"
[ "$arch" = x86_64 ] && arch=amd64
[ "$arch" = aarch64 ] && arch=arm64
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
printf '{"architecture":"%s","os":"linux","config":{"Env":["PATH=%s/bin:/usr/bin:/bin","JAVA_HOME=%s"]},"rootfs":{"type":"layers","diff_ids":["%s"]}}' \
  "$arch" "$java_home" "$java_home" "$diff_id" >"$work/config.json"
printf '[{"Config":"config.json","RepoTags":["gradus-test-base:latest"],"Layers":["layer.tar"]}]' \
  >"$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: $(du -h "$out" | cut -f1), JRE of $java_home"
