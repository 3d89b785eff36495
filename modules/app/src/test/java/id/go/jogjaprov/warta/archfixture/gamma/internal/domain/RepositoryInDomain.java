package id.go.jogjaprov.warta.archfixture.gamma.internal.domain;

import jakarta.persistence.EntityManager;

public class RepositoryInDomain {
  private EntityManager em;

  public Object load(Long id) {
    return em.find(Object.class, id);
  }
}
