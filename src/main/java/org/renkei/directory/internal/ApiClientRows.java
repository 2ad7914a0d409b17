package org.renkei.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClientRows extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByClientId(String clientId);

    List<ApiClient> findByAssociationIdOrderByCreatedAtDesc(long associationId);

    List<ApiClient> findAllByOrderByCreatedAtDesc();

    boolean existsByClientId(String clientId);
}
