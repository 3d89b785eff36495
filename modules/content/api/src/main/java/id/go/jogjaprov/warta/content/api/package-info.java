/**
 * Content: releases (siaran pers, berita, pengumuman) as their authors write them — text,
 * revisions, labels, attachments. The approval workflow reaches a release only through {@link
 * ReleasePublication}. Fires {@link ReleaseSaved} on every save and {@link ReleasePublished} when a
 * release reaches the public or its readers.
 */
package id.go.jogjaprov.warta.content.api;
