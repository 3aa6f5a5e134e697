#!/bin/sh
# The JVM options of a replica's start cache, printed for the command line: the Dockerfile's entry point and
# scripts/cluster.sh both use it. The cache is written when a replica stops gracefully (docker stop, make cluster-stop)
# and used by every later start, so that a replacement replica serves sooner; a JVM killed with -9 writes none.
#   Java 17 to 24: AppCDS, the classes a start loads (FILE.jsa);
#   Java 25 and later: the AOT cache (JEP 483, 514, 515), the classes loaded and linked and the methods' profiles
#   (FILE-25.aot), 3.3-3.7 s to ready in the cluster where AppCDS on 17 takes 4.1-4.6 s (README, "kill -9").
#
#   start-cache.sh JAVA FILE WRITE    (WRITE=yes: this replica writes the cache when it is missing; no: it starts
#                                      without one, as a second replica does while the first one writes it)
java=$1 file=$2 write=$3
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${feature%%.*}" -ge 25 ]; then
  cache="$file-$feature.aot"
  if [ -f "$cache" ]; then echo "-XX:AOTCache=$cache -Xlog:aot=off"
  elif [ "$write" = yes ]; then echo "-XX:AOTCacheOutput=$cache -Xlog:aot=off"
  fi
else
  cache="$file.jsa"
  if [ -f "$cache" ]; then echo "-XX:SharedArchiveFile=$cache -Xlog:cds=off -Xlog:cds+dynamic=off"
  elif [ "$write" = yes ]; then echo "-XX:ArchiveClassesAtExit=$cache -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
fi
