/**
 * Entities that exist only to be booted by {@link dev.retort.scan.boot.HibernateBoot#warmUp}: the mappings most
 * projects use (identity keys, sized and unique strings, decimals, times, enums, an embeddable, both sides of an
 * association, indexes, a version), so that the classes and code of Hibernate's boot and of Retort's reading of it
 * are loaded and compiled before a scan needs them. Nothing of them reaches a model.
 */
package dev.retort.scan.boot.warmup;
