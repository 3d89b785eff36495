package id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * Breaks the rule: binds a read-rule parameter itself instead of leaving it to the access module.
 */
public class SelfBindingRepository {
  private EntityManager em;

  public Object load(Long id) {
    em.setProperty("wartaClearance", 4);
    return em.find(Object.class, id);
  }
}
