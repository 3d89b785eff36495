package id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class UnfilteredEntity {
  @Id private Long id;
}
