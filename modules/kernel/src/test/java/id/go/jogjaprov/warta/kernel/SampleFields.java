package id.go.jogjaprov.warta.kernel;

/** Field names for the kernel's tests, with their bundles beside them in the test resources. */
enum SampleFields implements MessageKey {
  TITLE,
  LEAD,
  BODY
}
