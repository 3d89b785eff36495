/**
 * Content: releases (siaran pers, berita, pengumuman) as their authors write them, and the moves of
 * a release's life that other modules drive. Speaks in records and ids; publishes {@link
 * ReleasePublished} when a release reaches the public or its readers.
 */
package id.go.jogjaprov.warta.content.api;
