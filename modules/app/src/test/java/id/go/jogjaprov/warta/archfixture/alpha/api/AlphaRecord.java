package id.go.jogjaprov.warta.archfixture.alpha.api;

import jakarta.persistence.Id;

public class AlphaRecord {
  @Id private Long id;
}
