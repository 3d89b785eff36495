/**
 * Deliberately broken code for ArchitectureTest, one break per class so that each rule is proven to
 * fail on its own: alpha reaches into beta's internals and beta's API uses alpha's (a cycle);
 * alpha's API carries a JPA type and beta's API a Faces type; a core class uses Faces; gamma has an
 * unfiltered entity and an entity manager outside its infrastructure.
 */
package id.go.jogjaprov.warta.archfixture;
