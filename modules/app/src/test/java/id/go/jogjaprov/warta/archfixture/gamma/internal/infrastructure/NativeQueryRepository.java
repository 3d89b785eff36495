package id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Breaks the rule: native SQL, which the read rule's additional criteria never reach. */
public class NativeQueryRepository {
  private EntityManager em;

  public List<?> everything() {
    return em.createNativeQuery("select * from content.release").getResultList();
  }
}
