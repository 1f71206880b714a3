package dev.retort.scan.boot;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Finds managed classes with ClassGraph, looking only at the given locations, never at Retort's classpath. */
public final class EntityDiscovery {
    private static final List<String> SUPPORTING = List.of(
            "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    private EntityDiscovery() {
    }

    /** Whether class or package {@code name} is in one of {@code packages} or below it, as a discovery takes it. */
    public static boolean inPackages(String name, List<String> packages) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    /** Managed classes in {@code packages} (and below) of {@code locations}; all packages when empty. */
    public static DiscoveredClasses discover(List<Path> locations, List<String> packages) {
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(locations.stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        try (ScanResult scan = graph.scan()) {
            TreeSet<String> entities = new TreeSet<>(scan.getClassesWithAnnotation("jakarta.persistence.Entity")
                    .filter(c -> !c.isAnnotation()).getNames());
            TreeSet<String> supporting = new TreeSet<>();
            for (String annotation : SUPPORTING) {
                scan.getClassesWithAnnotation(annotation).filter(c -> !c.isAnnotation())
                        .forEach((ClassInfo c) -> supporting.add(c.getName()));
            }
            supporting.removeAll(entities);
            TreeSet<String> annotatedPackages = new TreeSet<>();
            scan.getPackageInfo().forEach(p -> {
                if (!p.getAnnotationInfo().isEmpty()) {
                    annotatedPackages.add(p.getName());
                }
            });
            return new DiscoveredClasses(List.copyOf(entities), List.copyOf(supporting), List.copyOf(annotatedPackages));
        }
    }
}
