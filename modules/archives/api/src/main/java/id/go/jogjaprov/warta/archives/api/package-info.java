/**
 * Archives: immutable records of published releases and the search over them. Every total, facet,
 * hit and snippet is computed over what the caller may read.
 */
package id.go.jogjaprov.warta.archives.api;
