///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION cleanarch: generate a clean-architecture Spring Boot service, then grow it one entity at a time
//JAVA 17+
// A run lasts about a second: the C1 compiler alone, the serial collector and a class data sharing archive of the
// script's classes (written by its first run) cut its CPU time by about a third (see bench/README.md).
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off
//CDS
// String concatenation compiled to StringBuilder calls: no method handles spun (and left out of the archive) per run.
//JAVAC_OPTIONS -XDstringConcat=inline
//DEPS info.picocli:picocli:4.7.7
//DEPS io.pebbletemplates:pebble:4.1.2
//DEPS com.github.javaparser:javaparser-core:3.28.2
//DEPS com.github.javaparser:javaparser-symbol-solver-core:3.28.2
//DEPS com.google.code.gson:gson:2.15.0
//DEPS io.github.java-diff-utils:java-diff-utils:4.18
//DEPS org.slf4j:slf4j-nop:2.0.17
//SOURCES src/cleanarch/**.java
//SOURCES src/com/**.java
//FILES templates/=templates/

import cleanarch.commands.Cleanarch;
import picocli.CommandLine;

public class generate {

    public static void main(String... args) {
        System.exit(Cleanarch.commandLine().execute(args));
    }
}
