/**
 * The shared kernel: the few value types every module speaks in (security classification, unit
 * paths, official names) and the business exceptions the web layer turns into problem details.
 * Depends on nothing but the JDK; every module may use it.
 */
package id.go.jogjaprov.warta.kernel;
